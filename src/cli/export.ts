// `dossier export`: the ledger's events, the stored claims or the documents' extractions, as one
// JSON array, JSON lines or CSV, streamed page by page so a large store never sits in memory.
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { QueryError } from '../ledger/query.js';
import type { ClaimRow } from '../ledger/types.js';
import type { Store } from '../store/store.js';
import { csvLine } from './csv.js';
import { EVENT_CSV_HEADER, eventCsvRow } from './events.js';
import { dbOption, ensureGrouped, withStore } from './store-option.js';

const FORMATS = ['json', 'ndjson', 'csv'] as const;
const WHAT = ['events', 'claims', 'documents'] as const;
type Format = (typeof FORMATS)[number];
type What = (typeof WHAT)[number];

const PAGE = 500;

const CLAIM_CSV_HEADER = [
  'document', 'version', 'outlet', 'published', 'claim', 'event', 'agent_id', 'agent', 'recipient_id', 'recipient', 'location',
  'theme', 'min', 'max', 'approximate', 'vague', 'unit', 'time_value', 'time_text', 'sources', 'certainty', 'polarity', 'status',
  'quote', 'evidence_start', 'evidence_end', 'rejected', 'corrected', 'losses_of', 'caused_by',
];

/** For casualties: whose losses (the agent) and who caused them, where a report says. */
const losses = (c: ClaimRow) => (c.event === 'casualties' ? { losses_of: c.agent, caused_by: c.cause } : { losses_of: null, caused_by: null });

function claimRecord(c: ClaimRow) {
  return {
    document: c.doc.key, version: c.doc.version, outlet: c.doc.outlet, published: c.doc.published, claim: c.claimId, event: c.event,
    agent: c.agent, recipient: c.recipient, location: c.location, theme: c.theme, quantity: c.quantity, time: c.time, sources: c.sources,
    certainty: c.certainty, polarity: c.polarity, status: c.status, evidence: c.evidence,
    rejected: c.rejected, corrected: c.corrected, corrections: c.review, ...losses(c),
  };
}

function claimCsvRow(c: ClaimRow): unknown[] {
  return [
    c.doc.key, c.doc.version, c.doc.outlet, c.doc.published, c.claimId, c.event, c.agent?.id, c.agent?.name, c.recipient?.id, c.recipient?.name,
    c.location?.name, c.theme, c.quantity?.min, c.quantity?.max, c.quantity?.approximate, c.quantity?.vague, c.quantity?.unit, c.time?.value,
    c.time?.text, c.sources.map((s) => s.name).join(' → '), c.certainty, c.polarity, c.status, c.evidence.text, c.evidence.start, c.evidence.end,
    c.rejected, c.corrected.join('; '), losses(c).losses_of?.name, losses(c).caused_by?.name,
  ];
}

/** Records of one kind, page by page, as [json value, csv row]. */
async function* records(store: Store, what: What): AsyncGenerator<[unknown, unknown[]]> {
  if (what === 'events') {
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.listEvents({}, { limit: PAGE, offset });
      for (const e of page.items) yield [e, eventCsvRow(e)];
      if (page.items.length < PAGE) return;
    }
  }
  if (what === 'claims') {
    for (let after = 0; ; ) {
      const rows = await store.claims(after, PAGE);
      for (const c of rows) yield [claimRecord(c), claimCsvRow(c)];
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].rowid;
    }
  }
  for (let after = 0; ; ) {
    const docs = await store.documents(after, PAGE);
    for (const d of docs) {
      if (d.deleted) continue;
      const x = await store.getExtraction(d.key, d.version);
      yield [x, [d.key, d.version, d.outlet, d.published, d.url, d.title, x?.claims.length ?? 0]];
    }
    if (docs.length < PAGE) return;
    after = docs[docs.length - 1].rowid;
  }
}

const HEADERS: Record<What, string[]> = {
  events: EVENT_CSV_HEADER,
  claims: CLAIM_CSV_HEADER,
  documents: ['document', 'version', 'outlet', 'published', 'url', 'title', 'claims'],
};

export function registerExport(program: Command): void {
  dbOption(
    program
      .command('export')
      .description('export the events, claims or documents (whole extractions) of the store')
      .option('--format <format>', 'json, ndjson or csv', 'json')
      .option('--what <kind>', 'events, claims or documents', 'events')
      .option('--out <file>', 'write to a file instead of standard output'),
  ).action(async (opts: { db?: string; format: string; what: string; out?: string }) => {
    if (!(FORMATS as readonly string[]).includes(opts.format)) throw new QueryError(`--format: expected json, ndjson or csv, found "${opts.format}"`);
    if (!(WHAT as readonly string[]).includes(opts.what)) throw new QueryError(`--what: expected events, claims or documents, found "${opts.what}"`);
    const format = opts.format as Format;
    const what = opts.what as What;
    const out: NodeJS.WritableStream = opts.out ? createWriteStream(opts.out) : process.stdout;
    const write = async (s: string) => {
      if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
    };
    await withStore(opts, async (store) => {
      if (what === 'events') await ensureGrouped(store);
      if (format === 'csv') await write(csvLine(HEADERS[what]));
      if (format === 'json') await write('[');
      let n = 0;
      for await (const [json, row] of records(store, what)) {
        if (format === 'csv') await write(csvLine(row));
        else if (format === 'ndjson') await write(JSON.stringify(json) + '\n');
        else await write((n ? ',\n' : '\n') + JSON.stringify(json));
        n++;
      }
      if (format === 'json') await write(n ? '\n]\n' : ']\n');
    }, true);
    if (opts.out) await new Promise<void>((resolve) => out.end(() => resolve()));
  });
}
