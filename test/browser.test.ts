// The page in a real Chromium (Debian's /usr/bin/chromium driven by playwright-core): paste the
// founding report and see its 6,000-personnel claim with its source chain, the ledger, an event's
// provenance, an estimates chart, and a text holding markup that stays text. Screenshots of each
// view go to test-output/screenshots/ (printed at the end) for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ingestInputs } from '../src/ledger/ingest.js';
import { loadPath } from '../src/load/index.js';
import { openStore } from '../src/store/open.js';
import { startServer, type RunningServer } from '../src/server/main.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const ROOT = path.resolve(import.meta.dirname, '..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const present = existsSync(CHROMIUM);
if (!present) console.warn(`browser tests skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`);

const seed = JSON.parse(readFileSync(path.join(ROOT, 'examples', 'seed-nis-kursk.jsonl'), 'utf8').trim()) as { text: string };

describe.skipIf(!present)(`the page in Chromium${present ? '' : ` (skipped: ${CHROMIUM} is missing)`}`, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const policyViolations: string[] = [];
  const dialogs: string[] = [];

  const open = async (hash: string, view: string) => {
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 20_000 });
  };
  const shot = (name: string, fullPage = true) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-browser-'));
    const db = path.join(dir, 'browser.db');
    const store = openStore(db);
    await ingestInputs(store, loadPath(path.join(ROOT, 'examples', 'us-government.jsonl')));
    await store.close();
    server = await startServer({ db, port: 0 });
    mkdirSync(SHOTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) policyViolations.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (present) console.log(`screenshots of each view: ${SHOTS}`);
  });

  it('pastes the founding report and shows the 6,000-personnel claim with its source chain', async () => {
    await open('#/paste', 'paste');
    await page.fill('#paste-text', seed.text);
    await page.fill('#paste-date', '2025-06-26');
    await page.fill('#paste-outlet', 'Associated Press');
    await page.click('#paste-extract');
    const claim = page.locator('.claim-btn', { hasText: '6,000' }).first();
    await claim.waitFor({ timeout: 20_000 });
    await claim.click();
    await expect.poll(() => page.locator('.claim-card .chain').textContent()).toBe('National Intelligence Service → Lee Seong Kweun');
    // the figure is marked in the text, inside the selected claim's highlighted evidence
    const figure = page.locator('.report-text .seg.sel.mk-qty', { hasText: '6,000' });
    expect(await figure.count()).toBeGreaterThan(0);
    expect(await page.locator('.claim-card').textContent()).toMatch(/deploy.*North Korea → Russia.*probable/s);
    await shot('paste-report');
    await page.click('#paste-keep');
    await page.locator('.paste-status .ok').waitFor();
    expect(await page.locator('.paste-status').textContent()).toMatch(/^Stored as “.+” \(added, version 1\)/);
  });

  it('hovering a highlighted passage previews its claim', async () => {
    await page.locator('.report-text .seg.mk-ev', { hasText: 'recruiting' }).first().hover();
    expect(await page.locator('.claim-card h3').textContent()).toMatch(/^recruit/);
  });

  it('extracts a dropped HTML file at once', async () => {
    const html = '<html><head><title>Engineers for Kursk</title></head><body><article><h1>Engineers for Kursk</h1>' +
      '<p>Ukraine\'s military intelligence said on Tuesday that North Korea sent 1,200 military engineers to Russia in May.</p>' +
      '<p>The engineers are clearing mines near the border, the agency added.</p></article></body></html>';
    await open('#/paste', 'paste');
    await page.setInputFiles('input[type="file"]', { name: 'engineers.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    // the paste view may still show the report of an earlier test: wait for this file's extraction
    await expect.poll(() => page.locator('.report-text').textContent(), { timeout: 20_000 }).toContain('North Korea sent 1,200 military engineers');
    expect(await page.locator('.file-note').textContent()).toContain('engineers.html (text/html)');
    const text = await page.locator('.report-text').textContent();
    expect(text).not.toContain('<p>');
    expect(await page.locator('#paste-text').isDisabled()).toBe(true);
  });

  it('shows the ledger, filtered, in pages', async () => {
    await open('#/ledger', 'ledger');
    const rows = page.locator('table.ledger tbody tr');
    expect(await rows.count()).toBe(50);
    await shot('ledger', false);
    expect(await page.locator('.pager span').textContent()).toMatch(/^1–50 of \d+$/);
    await page.click('.pager button:has-text("Next")');
    await expect.poll(() => page.locator('.pager span').textContent()).toMatch(/^51–/);
    expect(page.url()).toContain('offset=50');
    await page.fill('.filters input[name="agent"]', 'North Korea');
    await page.click('.filters button[type="submit"]');
    await page.waitForSelector('body[data-ready="ledger"]');
    await expect.poll(() => page.url()).toContain('agent=North+Korea');
    const actors = await page.locator('table.ledger tbody tr td:nth-child(3)').allTextContents();
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a).toMatch(/^North Korea →/);
  });

  it('opens an event with its provenance tree and every report in date order', async () => {
    await open('#/ledger?agent=North+Korea&recipient=Russia&event=deploy', 'ledger');
    await page.locator('table.ledger tbody tr', { hasText: '6,000' }).first().locator('td:nth-child(3) a').click();
    await page.waitForSelector('body[data-ready="event"]');
    expect(await page.locator('.tree .tree-source').first().textContent()).toBeTruthy();
    const tree = await page.locator('.tree').textContent();
    expect(tree).toContain('National Intelligence Service');
    expect(tree).toContain('via Lee Seong Kweun');
    const dates = await page.locator('table.reports tbody tr[data-report] td:first-child').allTextContents();
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect([...dates].sort()).toEqual(dates);
    await shot('event');
  });

  it('draws an estimates chart coloured by original source', async () => {
    await open('#/estimates?agent=North+Korea&event=deploy&recipient=Russia', 'estimates');
    await page.waitForSelector('svg.chart');
    expect(await page.locator('svg.chart .point').count()).toBeGreaterThanOrEqual(3);
    const legend = await page.locator('.chart-legend li').allTextContents();
    expect(legend).toContain('National Intelligence Service');
    expect(await page.locator('.measures .chip').count()).toBeGreaterThan(0);
    await shot('estimates');
  });

  it('shows the stored report with its claim selected from the address', async () => {
    await open('#/documents?q=sappers', 'documents');
    await page.locator('table.documents tbody tr a').first().click();
    await page.waitForSelector('body[data-ready="doc"]');
    const link = await page.locator('.entities a', { hasText: 'North Korea' }).first().getAttribute('href');
    expect(link).toBe('#/documents?entity=country%3AKP');
    await page.goto(`${page.url().split('?')[0]}?claim=c1`);
    await page.waitForSelector('body[data-ready="doc"]');
    expect(await page.locator('.claim-btn[aria-pressed="true"]').textContent()).toMatch(/^c1 /);
    await shot('document');
  });

  it('shows a text holding <script> and <img onerror> as text, and runs none of it', async () => {
    const hostile = 'Officials said <script>window.__pwned = 1; alert("script")</script> and <img src=x onerror="window.__pwned = 2; alert(2)"> ' +
      'while North Korea sent 2,000 soldiers to Russia, according to the ministry.';
    await open('#/paste', 'paste');
    await page.fill('#paste-text', hostile);
    await page.fill('#paste-title', '<img src=x onerror=alert(3)> Title');
    await page.click('#paste-store');
    await page.locator('.paste-status .ok').waitFor({ timeout: 20_000 });
    expect(await page.locator('.report-text').textContent()).toContain('<script>window.__pwned = 1;');
    expect(await page.locator('.report-text script, .report-text img, main img').count()).toBe(0);
    await page.locator('.paste-status a').click();
    await page.waitForSelector('body[data-ready="doc"]');
    expect(await page.locator('.doc-head h1').textContent()).toBe('<img src=x onerror=alert(3)> Title');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await shot('hostile-text');
  });

  it('broke no rule of the content security policy on any view', () => {
    expect(policyViolations).toEqual([]);
  });
});
