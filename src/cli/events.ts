// `dossier events` (the ledger of reported events), `dossier event ID` (one event's provenance)
// and `dossier estimates` (a measure's figures over time, per source).
import type { Command } from 'commander';
import { estimateSeries, getEvent, listEvents, QueryError } from '../ledger/query.js';
import { formatRange } from '../ledger/numbers.js';
import { sides } from '../ledger/describe.js';
import type { EstimateOut, LedgerEvent, ReportOut } from '../ledger/types.js';
import type { MeasureRow } from '../store/store.js';
import { csvLine } from './csv.js';
import { renderTable, terminalWidth, type Column } from './table.js';
import { dbOption, ensureGrouped, withStore } from './store-option.js';

interface EventsOptions {
  db?: string;
  agent?: string;
  recipient?: string;
  event?: string;
  since?: string;
  until?: string;
  disagreements?: boolean;
  limit: string;
  offset: string;
  json?: boolean;
  csv?: boolean;
}

function count(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new QueryError(`--${name}: expected a whole number, found "${v}"`);
  return n;
}

export const EVENT_CSV_HEADER = [
  'id', 'event', 'agent_id', 'agent', 'recipient_id', 'recipient', 'location', 'unit', 'min', 'max', 'status',
  'first_reported', 'last_reported', 'reports', 'original_sources', 'disagreement', 'disagreement_reason',
  'disagreement_rule', 'losses_of', 'caused_by', 'headline', 'corrections',
];

export function eventCsvRow(e: LedgerEvent): unknown[] {
  return [
    e.id, e.event, e.agent?.id, e.agent?.name, e.recipient?.id, e.recipient?.name, e.location?.name, e.unit, e.min, e.max, e.status,
    e.first_reported, e.last_reported, e.n_reports, e.original_sources.join('; '), e.disagreement, e.disagreement_reason,
    e.disagreement_rule, e.losses_of?.name, e.caused_by?.name, e.headline, e.history.length,
  ];
}

/** Who an event is about: "losses of X, caused by Y", "X → Y", or what it is ("combat in Omdurman"). */
export function whoText(e: LedgerEvent): string {
  const who = sides(e);
  if (!who) return `(no side named) ${e.headline}`;
  return `${who}${e.location ? ` (${e.location.name})` : ''}`;
}

export function eventsTable(events: LedgerEvent[]): string {
  const cols: Column[] = [
    { header: 'id' }, { header: 'first' }, { header: 'event' }, { header: 'who', flex: true, min: 22 },
    { header: 'figure', align: 'right' }, { header: 'unit', flex: true, min: 10 }, { header: 'reports', align: 'right' },
    { header: 'sources', align: 'right' }, { header: 'note', flex: true, min: 12 },
  ];
  const rows = events.map((e) => [
    e.id, e.first_reported ?? '', e.event, whoText(e),
    formatRange({ min: e.min, max: e.max, approximate: e.approximate }), e.unit ?? '', String(e.n_reports), String(e.original_sources.length),
    (e.disagreement ? `DISAGREE (${e.disagreement_rule}): ${e.disagreement_reason}` : e.status) + (e.history.length ? ` · ${e.history.length} correction${e.history.length === 1 ? '' : 's'}` : ''),
  ]);
  return renderTable(cols, rows);
}

/** The chain a report travelled: original source → relays → wire or copied outlet → outlet. */
export function provenance(r: ReportOut): string {
  const links = [...r.sources];
  if (r.via) links.push(r.via);
  if (!links.length) links.push('(own report)');
  return `${links.join(' → ')} → ${r.outlet ?? 'unnamed outlet'}`;
}

function reportFigure(r: ReportOut): string {
  const own = formatRange(r.quantity);
  const total = r.set_total ? ` of ${formatRange(r.set_total)}` : '';
  return (r.polarity === 'negative' ? 'denied ' : '') + (own ? own + total : '');
}

function reviewNote(r: ReportOut): string {
  if (r.rejected) return 'REJECTED';
  return r.corrected.length ? `corrected: ${r.corrected.join(', ')}` : '';
}

function eventView(e: LedgerEvent): string {
  const head = [
    `${e.id}  ${e.event}  ${e.headline}`,
    `figure ${formatRange({ min: e.min, max: e.max, approximate: e.approximate }) || 'none'}${e.unit ? ` ${e.unit}` : ''} · ${e.status}` +
      `${e.time ? ` · time ${e.time.text}` : ''} · first reported ${e.first_reported ?? 'undated'} (${e.first_document})`,
    `${e.n_reports} report${e.n_reports === 1 ? '' : 's'} from ${e.original_sources.length} original source${e.original_sources.length === 1 ? '' : 's'}: ${e.original_sources.join('; ')}`,
    e.disagreement ? `DISAGREEMENT (rule: ${e.disagreement_rule}): ${e.disagreement_reason}` : 'no disagreement',
    '',
  ].join('\n');
  const cols: Column[] = [
    { header: 'published' }, { header: 'report', flex: true, min: 12 }, { header: 'provenance', flex: true, min: 16 }, { header: 'figure', align: 'right' },
    { header: 'certainty' }, { header: 'status' }, { header: 'review' }, { header: 'quote', flex: true, min: 20 },
  ];
  const rows = e.reports.map((r) => [r.published ?? '', `${r.document}#${r.claim}`, provenance(r), reportFigure(r), r.certainty, r.status, reviewNote(r), `“${r.quote}”`]);
  const history = e.history.length
    ? '\nhistory:\n' + e.history.map((h) => `  #${h.id} ${h.at.slice(0, 16).replace('T', ' ')} ${h.author}: ${h.what} — why: ${h.reason}`).join('\n') + '\n'
    : '';
  return head + '\n' + renderTable(cols, rows) + history;
}

const ESTIMATE_CSV_HEADER = ['published', 'document', 'outlet', 'original_source', 'min', 'max', 'approximate', 'vague', 'unit', 'unit_class', 'time', 'status', 'certainty', 'quote'];

/** A figure as a bar: solid to its low end, shaded across its range ("thousands", "10,000-12,000"). */
function bar(lo: number, hi: number, top: number, width: number): string {
  const solid = Math.max(1, Math.round((lo / top) * width));
  const shaded = Math.max(0, Math.round((hi / top) * width) - solid);
  return '█'.repeat(solid) + '░'.repeat(shaded);
}

/** One table per thing counted: missiles and drones are two series, never one. */
function estimatesByClass(points: EstimateOut[]): string {
  const byClass = new Map<string, EstimateOut[]>();
  for (const p of points) byClass.set(p.unit_class, [...(byClass.get(p.unit_class) ?? []), p]);
  if (byClass.size === 1) return estimatesView(points);
  return [...byClass].map(([k, list]) => `${k} (${list.length} estimate${list.length === 1 ? '' : 's'})\n${estimatesView(list)}`).join('\n');
}

function measuresTable(list: MeasureRow[]): string {
  const table = renderTable(
    [{ header: 'agent', flex: true, min: 10 }, { header: 'event' }, { header: 'recipient', flex: true, min: 8 }, { header: 'what is counted', flex: true, min: 10 }, { header: 'estimates', align: 'right' }],
    list.map((m) => [m.agent.name, m.event, m.recipient?.name ?? 'any', m.unit_class.replace(/^unit:/, ''), String(m.estimates)]),
  );
  return `${table}\nchart one with: dossier estimates --agent AGENT --event EVENT [--recipient R] [--unit U]\n`;
}

function estimatesView(points: EstimateOut[]): string {
  const top = Math.max(1, ...points.map((p) => p.max ?? p.min ?? 0));
  const barWidth = Math.max(6, Math.min(30, terminalWidth() === Infinity ? 30 : terminalWidth() - 110));
  const cols: Column[] = [
    { header: 'published' }, { header: 'original source', flex: true, min: 12 }, { header: 'estimate', align: 'right' },
    { header: 'unit', flex: true, min: 8 }, { header: 'time', flex: true, min: 6 }, { header: 'status' }, { header: 'outlet', flex: true, min: 8 }, { header: '' },
  ];
  const rows = points.map((p) => [
    p.published ?? '', p.original_source, formatRange(p), p.unit ?? '', p.time?.text ?? '', p.status, p.outlet ?? p.document,
    bar(p.min ?? p.max ?? 0, p.max ?? p.min ?? 0, top, barWidth),
  ]);
  // per source, the figures it gave in order, repeats folded ("1,500 → 3,000 → 10,000")
  const bySource = new Map<string, string[]>();
  for (const p of points) {
    const list = bySource.get(p.original_source) ?? [];
    const f = formatRange(p);
    if (list[list.length - 1] !== f) list.push(f);
    bySource.set(p.original_source, list);
  }
  const series = [...bySource].map(([s, figs]) => `  ${s}: ${figs.join(' → ')}`).join('\n');
  return renderTable(cols, rows) + '\nby original source:\n' + series + '\n';
}

function write(s: string): void {
  process.stdout.write(s);
}

export function registerEvents(program: Command): void {
  dbOption(
    program
      .command('events')
      .description('the ledger: reported events, each with its reports, original sources, figures and disagreements')
      .option('--agent <actor>', 'who acts: a name, alias or id ("North Korea", "DPRK", "country:KP")')
      .option('--recipient <actor>', 'who receives (or "none")')
      .option('--event <type>', 'deploy, transfer, casualties, combat, recruit, agreement, meeting or other')
      .option('--since <date>', 'events reported on or after this date (YYYY-MM-DD)')
      .option('--until <date>', 'events first reported on or before this date')
      .option('--disagreements', 'only events whose reports disagree')
      .option('--limit <n>', 'how many events (newest first)', '50')
      .option('--offset <n>', 'skip this many', '0')
      .option('--json', 'print JSON')
      .option('--csv', 'print CSV'),
  ).action(async (opts: EventsOptions) => {
    await withStore(opts, async (store) => {
      await ensureGrouped(store);
      const page = await listEvents(store, {
        agent: opts.agent, recipient: opts.recipient, event: opts.event, since: opts.since, until: opts.until,
        disagreement: opts.disagreements ? true : undefined, limit: count('limit', opts.limit), offset: count('offset', opts.offset),
      });
      if (opts.json) return write(JSON.stringify(page.items, null, 2) + '\n');
      if (opts.csv) return write(csvLine(EVENT_CSV_HEADER) + page.items.map((e) => csvLine(eventCsvRow(e))).join(''));
      if (!page.total) return write('no events match; ingest documents with "dossier ingest PATH" or widen the filters\n');
      write(eventsTable(page.items));
      const from = Math.min(page.total, count('offset', opts.offset) + 1);
      write(`\nevents ${from}–${from + page.items.length - 1} of ${page.total}; "dossier event ID" shows one event's provenance\n`);
    }, true);
  });

  dbOption(
    program
      .command('event')
      .description("one event's provenance: which outlet relayed which source, in date order")
      .argument('<id>', 'event id, or a unique prefix of one')
      .option('--json', 'print JSON'),
  ).action(async (id: string, opts: { db?: string; json?: boolean }) => {
    await withStore(opts, async (store) => {
      await ensureGrouped(store);
      const e = await getEvent(store, id);
      if (!e) throw new QueryError(`no event "${id}"; list them with "dossier events"`);
      write(opts.json ? JSON.stringify(e, null, 2) + '\n' : eventView(e));
    }, true);
  });

  dbOption(
    program
      .command('estimates')
      .description("a measure's estimates over publication date, per original source (e.g. North Korean troops sent to Russia)")
      .option('--agent <actor>', 'who sends, or who suffers casualties (with no --agent and --event: list what can be charted)')
      .option('--event <type>', 'deploy, transfer, casualties, …')
      .option('--recipient <actor>', 'who receives')
      .option('--unit <word>', 'what is counted: troops, casualties, killed, shells, USD …')
      .option('--json', 'print JSON')
      .option('--csv', 'print CSV'),
  ).action(async (opts: { db?: string; agent?: string; event?: string; recipient?: string; unit?: string; json?: boolean; csv?: boolean }) => {
    await withStore(opts, async (store) => {
      if (!opts.agent && !opts.event) {
        const list = await store.measures(50);
        if (opts.json) return write(JSON.stringify(list, null, 2) + '\n');
        return write(list.length ? measuresTable(list) : 'nothing to chart yet: no claims with figures; ingest documents with "dossier ingest PATH"\n');
      }
      if (!opts.agent) throw new QueryError('--agent: expected who acts (with --event), or neither to list what can be charted');
      if (!opts.event) throw new QueryError('--event: expected one of deploy, transfer, casualties, combat, recruit, agreement, meeting, other');
      const points = await estimateSeries(store, { agent: opts.agent, recipient: opts.recipient, event: opts.event, unit: opts.unit });
      if (opts.json) return write(JSON.stringify(points, null, 2) + '\n');
      if (opts.csv) {
        return write(
          csvLine(ESTIMATE_CSV_HEADER) +
            points.map((p) => csvLine([p.published, p.document, p.outlet, p.original_source, p.min, p.max, p.approximate, p.vague, p.unit, p.unit_class, p.time?.text, p.status, p.certainty, p.quote])).join(''),
        );
      }
      write(points.length ? estimatesByClass(points) : 'no estimates for this measure; check the actor names with "dossier events"\n');
    }, true);
  });
}
