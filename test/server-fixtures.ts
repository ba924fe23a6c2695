// A hand-built extractor and an app on a temporary store, for the server tests: the routes are
// tested against claims we know, not against whatever the real extractor finds this week.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { validateInput, type DocumentInput } from '../src/extract.js';
import type { ClaimOut, EntityOut, Extraction } from '../src/format.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { buildApp, type AppOptions } from '../src/server/app.js';

const ACTORS: Record<string, { id: string; name: string }> = {
  'North Korea': { id: 'country:KP', name: 'North Korea' },
  Pyongyang: { id: 'country:KP', name: 'North Korea' },
  Russia: { id: 'country:RU', name: 'Russia' },
  Moscow: { id: 'country:RU', name: 'Russia' },
  Iran: { id: 'country:IR', name: 'Iran' },
  Ukraine: { id: 'country:UA', name: 'Ukraine' },
};
const NAMES = Object.keys(ACTORS).join('|');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// "[According to SOURCE, ]AGENT sent|will likely send|did not send N UNIT to RECIPIENT[ in MONTH]"
const CLAIM = new RegExp(
  `(?:According to ([^,]+), )?(${NAMES}) (sent|will likely send|did not send) (?:about )?([\\d,]+) ([a-z ]+?) to (${NAMES})(?: in (${MONTHS.join('|')}))?`,
  'g',
);

export function fakeExtract(input: DocumentInput): Extraction {
  const doc = validateInput(input);
  const text = doc.text;
  const entities = new Map<string, EntityOut>();
  for (const m of text.matchAll(new RegExp(`\\b(${NAMES})\\b`, 'g'))) {
    const a = ACTORS[m[1]];
    const e = entities.get(a.id) ?? { id: a.id, name: a.name, type: 'country' as const, mentions: [] };
    e.mentions.push({ start: m.index!, end: m.index! + m[1].length, text: m[1], rule: 'gazetteer' });
    entities.set(a.id, e);
  }
  const claims: ClaimOut[] = [];
  for (const m of text.matchAll(CLAIM)) {
    const at = (part: string, from = m.index!) => {
      const start = text.indexOf(part, from);
      return { start, end: start + part.length, text: part };
    };
    const [, source, agent, verb, figure, unit, recipient, month] = m;
    const evidence = at(m[0]);
    const trigger = at(verb, evidence.start);
    const n = Number(figure.replace(/,/g, ''));
    const q = at(`${m[0].includes('about ') ? 'about ' : ''}${figure} ${unit}`, evidence.start);
    const year = (doc.meta.published ?? '2025').slice(0, 4);
    const mm = month ? String(MONTHS.indexOf(month) + 1).padStart(2, '0') : null;
    claims.push({
      id: `c${claims.length + 1}`,
      evidence,
      event: 'deploy',
      trigger,
      agent: ACTORS[agent],
      recipient: ACTORS[recipient],
      location: null,
      theme: unit,
      quantity: { ...q, min: n, max: n, approximate: q.text.startsWith('about'), vague: false, unit },
      time: month ? { ...at(month, evidence.start), value: `${year}-${mm}`, from: `${year}-${mm}-01`, to: `${year}-${mm}-28` } : null,
      sources: source ? [{ name: source, id: null, cue: 'according to', ...at(source) }] : [],
      certainty: verb.includes('likely') ? 'probable' : 'certain',
      polarity: verb.startsWith('did not') ? 'negative' : 'positive',
      status: verb.includes('will') ? 'planned' : 'done',
      rules: ['test-fixture'],
    });
  }
  return { format: 'dossier/1', document: { ...doc.meta, text }, entities: [...entities.values()], times: [], quantities: [], claims };
}

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  dir: string;
  close(): Promise<void>;
}

/** An app on a fresh temporary store (a SQLite file unless `location` names another); close() removes the file. */
export async function testServer(opts: Partial<AppOptions> & { location?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-server-'));
  const store = openStore(opts.location ?? path.join(dir, 'test.db'));
  const app = await buildApp({ extract: fakeExtract, ...opts, store });
  return {
    app,
    store,
    dir,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Reports written for these tests: one event told by several outlets, a denial, a plan. */
export const REPORTS = [
  {
    id: 'harbour-0310', outlet: 'Harbour Daily', published: '2025-03-10', title: 'Seoul tallies new troop movements',
    text: 'According to the National Intelligence Service, North Korea sent about 3,000 soldiers to Russia in February. Officials in Kyiv did not comment.',
  },
  {
    id: 'valley-0312', outlet: 'Valley Times', published: '2025-03-12', title: 'More soldiers cross the border',
    text: 'According to Ukrainian military intelligence, Pyongyang sent 3,000 soldiers to Russia in February, adding to earlier deployments.',
  },
  {
    id: 'coast-0320', outlet: 'Coast Herald', published: '2025-03-20', title: 'Moscow rejects the figures',
    text: 'According to the Kremlin, North Korea did not send 3,000 soldiers to Russia in February, and Moscow called the reports a provocation.',
  },
  {
    id: 'feeds/plains-0402.txt', outlet: 'Plains Journal', published: '2025-04-02', title: 'Engineers expected in summer',
    text: 'According to the National Intelligence Service, North Korea will likely send 1,500 engineers to Russia in July. Iran sent 200 drone technicians to Russia.',
  },
];
