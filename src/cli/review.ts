// `dossier review …`: an analyst's corrections, each with who and why, kept beside the extractions
// and shown in the events' history. reject, correct, merge, split, delete, revert, list.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import {
  correctClaim, deleteDocument, describeCorrection, listCorrections, mergeEvents, parsePairs, readFields, rejectClaim, revertCorrection,
  ReviewError, splitEvent, type ClaimRef, type Correction, type Reviewer, type ReviewResult,
} from '../ledger/index.js';
import { renderTable } from './table.js';
import { dbOption, ensureGrouped, withStore } from './store-option.js';

interface ReviewOptions {
  db?: string;
  by?: string;
  why?: string;
  json?: boolean;
}

function reviewer(opts: ReviewOptions): Reviewer {
  let fallback = '';
  try {
    fallback = userInfo().username;
  } catch {
    fallback = '';
  }
  return { author: opts.by ?? process.env.DOSSIER_USER ?? fallback, reason: opts.why ?? '' };
}

/** "DOC#CLAIM": the claim id follows the last "#" (document keys may hold one: "batch.jsonl#3#c2"). */
export function claimRef(s: string): ClaimRef {
  const i = s.lastIndexOf('#');
  if (i <= 0 || i === s.length - 1) throw new ReviewError(`expected DOCUMENT#CLAIM such as report-12#c3, found "${s}"`);
  return { document: s.slice(0, i), claim: s.slice(i + 1) };
}

function done(r: ReviewResult, json?: boolean): void {
  if (json) return void process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  const c = r.correction;
  process.stdout.write(`correction #${c.id} by ${c.author}, ${c.created_at}: ${describeCorrection(c)}\n`);
  if (r.events.length) process.stdout.write(`now in ${r.events.join(', ')}; "dossier event ID" shows it with its history\n`);
}

function common(cmd: Command): Command {
  return dbOption(cmd)
    .requiredOption('--why <reason>', 'why: it stays in the history')
    .option('--by <name>', 'who (default $DOSSIER_USER, else your login name)')
    .option('--json', 'print the correction as JSON');
}

function listTable(list: Correction[]): string {
  return renderTable(
    [{ header: '#', align: 'right' }, { header: 'when' }, { header: 'who' }, { header: 'what', flex: true, min: 30 }, { header: 'why', flex: true, min: 20 }],
    list.map((c) => [String(c.id), c.created_at.slice(0, 16).replace('T', ' '), c.author, describeCorrection(c), c.reason]),
  );
}

export function registerReview(program: Command): void {
  const review = program
    .command('review')
    .description("correct the ledger with an audit trail: reject a claim, correct a field, merge or split events, delete a document, revert; list the history");

  common(review.command('reject').description('reject a claim: it stays visible, marked, and leaves its event\'s figures and sources'))
    .argument('<document>', 'document key')
    .argument('<claim>', 'claim id (c1, c2 …)')
    .action(async (document: string, claim: string, opts: ReviewOptions) => {
      await withStore(opts, async (store) => done(await rejectClaim(store, { document, claim }, reviewer(opts)), opts.json), true);
    });

  common(review.command('correct').description('correct fields of a claim: agent, recipient, location, figure (with unit), source, certainty, polarity, status, time, event'))
    .argument('<document>', 'document key')
    .argument('<claim>', 'claim id')
    .argument('<fields...>', 'field=value: agent=Iran, recipient=none, figure=200-300, unit=missiles, source="US officials", certainty=probable, time=2024-09')
    .action(async (document: string, claim: string, fields: string[], opts: ReviewOptions) => {
      await withStore(opts, async (store) => done(await correctClaim(store, { document, claim }, readFields(parsePairs(fields)), reviewer(opts)), opts.json), true);
    });

  common(review.command('merge').description("merge two events into one (the second's reports join the first)"))
    .argument('<event>', 'event id or unique prefix')
    .argument('<other>', 'event id or unique prefix')
    .action(async (first: string, second: string, opts: ReviewOptions) => {
      await withStore(opts, async (store) => {
        await ensureGrouped(store);
        done(await mergeEvents(store, first, second, reviewer(opts)), opts.json);
      }, true);
    });

  common(review.command('split').description('split reports off an event into an event of their own'))
    .argument('<event>', 'event id or unique prefix')
    .argument('<reports...>', 'DOCUMENT#CLAIM of each report to split off (as "dossier event ID --json" names them)')
    .action(async (event: string, reports: string[], opts: ReviewOptions) => {
      await withStore(opts, async (store) => {
        await ensureGrouped(store);
        done(await splitEvent(store, event, reports.map(claimRef), reviewer(opts)), opts.json);
      }, true);
    });

  common(review.command('delete').description('delete a document from the ledger, search and listings (it stays stored, and stays deleted if ingested again)'))
    .argument('<document>', 'document key')
    .action(async (document: string, opts: ReviewOptions) => {
      await withStore(opts, async (store) => done(await deleteDocument(store, document, reviewer(opts)), opts.json), true);
    });

  common(review.command('revert').description('undo a correction (the revert is kept in the history too)'))
    .argument('<id>', 'correction number')
    .action(async (id: string, opts: ReviewOptions) => {
      if (!/^\d+$/.test(id)) throw new ReviewError(`expected a correction number such as 12, found "${id}"`);
      await withStore(opts, async (store) => done(await revertCorrection(store, Number(id), reviewer(opts)), opts.json), true);
    });

  dbOption(review.command('list').description('corrections, oldest first: all, a document\'s, or an event\'s history'))
    .option('--document <key>', "only this document's")
    .option('--event <id>', "only this event's history")
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; document?: string; event?: string; json?: boolean }) => {
      await withStore(opts, async (store) => {
        if (opts.event) await ensureGrouped(store);
        const list = await listCorrections(store, { document: opts.document, event: opts.event });
        if (opts.json) return void process.stdout.write(JSON.stringify(list, null, 2) + '\n');
        process.stdout.write(list.length ? listTable(list) : 'no corrections yet; "dossier review --help" shows how to make one\n');
      }, true);
    });
}
