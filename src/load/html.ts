// HTML pages to documents: the article text by @mozilla/readability on a linkedom DOM (linkedom
// is ~8× faster than jsdom and reads broken markup as far as it goes), with the page's title,
// site name, canonical URL and publication date from its metadata.
import type { parseHTML } from 'linkedom';
import { linkedom } from './dom.js';
import { Readability } from '@mozilla/readability';
import type { DocumentInput } from '../extract.js';
import { blockText, type DomNode } from './blocks.js';
import { metaDate } from './dates.js';

type Page = ReturnType<typeof parseHTML>['document'];
export type HtmlResult = { input: DocumentInput } | { problem: string };

export function htmlToInput(html: string, fallback: { url?: string | null } = {}): HtmlResult {
  const document = linkedom().parseHTML(wrap(html)).document;
  const meta = pageMeta(document);
  const h1 = firstText(document, 'article h1') ?? firstText(document, 'h1');
  const article = articleText(document);
  if (!article.text) return { problem: 'no readable text in this HTML page (is it a script-only page or an index of links?)' };
  const title = meta.title ?? article.title ?? meta.titleTag;
  return {
    input: {
      text: withHeadline(article.text, title, h1),
      title,
      outlet: meta.outlet,
      url: meta.url ?? fallback.url ?? null,
      published: meta.published,
    },
  };
}

// Readability drops the <h1> it takes for the title, but a report read as text starts with its
// headline on a line of its own ("Seoul says North to send 6,000 troops\n\nNorth Korea will …"),
// and the headline often states the claim. The visible <h1> is the headline, unless it is the
// site's logo (no word in common with the title); when the text already opens with either, as it
// does when the SEO title differs from the <h1>, nothing is added.
function withHeadline(text: string, title: string | null, h1: string | null): string {
  const opening = squash(text.slice(0, 600));
  const candidates = [h1, title].map((t) => (t ? squash(t) : '')).filter(Boolean);
  if (!candidates.length || candidates.some((c) => opening.includes(c))) return text;
  const headline = h1 && (!title || sharesWords(h1, title)) ? h1 : title;
  return `${headline!.replace(/\s+/g, ' ').trim()}\n\n${text}`;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function sharesWords(a: string, b: string): boolean {
  const words = (s: string): string[] => squash(s).split(/\W+/).filter((w) => w.length > 3);
  const other = new Set(words(b));
  const mine = words(a);
  return mine.length > 0 && mine.filter((w) => other.has(w)).length * 2 >= mine.length;
}

/** The text of an HTML fragment (a feed item's content): no readability, every block kept. */
export function fragmentText(html: string): string {
  return blockText(linkedom().parseHTML(wrap(html)).document as unknown as DomNode);
}

// linkedom builds no <body> for a bare fragment; readability and blockText want a whole page.
function wrap(html: string): string {
  return /<(html|body)[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function articleText(document: Page): { text: string; title: string | null } {
  // Readability changes the DOM it reads, so the metadata was taken first; its serializer hands
  // back the article element itself instead of an HTML string we would parse again.
  let article: { content: unknown; title?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document, { serializer: (el: Node) => el }).parse();
  } catch {
    article = null; // readability gives up on some broken pages; the whole body is read instead
  }
  const title = article?.title?.trim() || null;
  const text = article?.content ? blockText(article.content as DomNode) : '';
  if (text.trim()) return { text, title };
  const body = document.body ?? document.documentElement;
  if (!body) return { text: '', title };
  for (const el of body.querySelectorAll('nav, header, footer, aside, form')) el.remove();
  return { text: blockText(body as unknown as DomNode).trim(), title };
}

interface PageMeta { title: string | null; titleTag: string | null; outlet: string | null; url: string | null; published: string | null }

function pageMeta(document: Page): PageMeta {
  const ld = jsonLd(document);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const titleTag = document.querySelector('title')?.textContent?.trim() || null;
  return {
    title: meta('og:title', 'twitter:title') ?? ld.headline,
    titleTag: titleTag ?? firstText(document, 'h1'),
    outlet: meta('og:site_name', 'application-name') ?? ld.publisher,
    url: absolute(meta('og:url') ?? canonical ?? ld.url),
    published: firstDate([
      meta('article:published_time', 'og:published_time', 'datePublished'),
      ld.datePublished,
      meta('pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date'),
      timeElement(document),
    ]),
  };
}

function firstDate(values: (string | null)[]): string | null {
  for (const v of values) {
    const d = metaDate(v);
    if (d) return d;
  }
  return null;
}

// A page may show several <time> (comments, related stories): the one marked as the publication
// date first, then the first inside the article, then the first anywhere.
function timeElement(document: Page): string | null {
  const el =
    document.querySelector('time[itemprop="datePublished"], time[pubdate]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  return el?.getAttribute('datetime') ?? null;
}

function firstText(document: Page, selector: string): string | null {
  return document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

function absolute(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

interface LdFields { headline: string | null; publisher: string | null; url: string | null; datePublished: string | null }

/** The first article-like object in the page's JSON-LD (Schema.org NewsArticle and kin). */
function jsonLd(document: Page): LdFields {
  const out: LdFields = { headline: null, publisher: null, url: null, datePublished: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and carries nothing we can trust
    }
    visit(data, out, 0);
    if (out.datePublished) break;
  }
  return out;
}

function visit(node: unknown, out: LdFields, depth: number): void {
  if (depth > 4 || node == null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => visit(n, out, depth + 1));
  const o = node as Record<string, unknown>;
  if (typeof o.datePublished === 'string' && !out.datePublished) {
    out.datePublished = o.datePublished;
    out.headline ??= typeof o.headline === 'string' ? o.headline : null;
    out.url ??= typeof o.url === 'string' ? o.url : null;
    const pub = o.publisher as Record<string, unknown> | undefined;
    out.publisher ??= typeof pub?.name === 'string' ? pub.name : null;
  }
  if (o['@graph']) visit(o['@graph'], out, depth + 1);
}
