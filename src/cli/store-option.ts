// The --db option every ledger command takes, and opening the store it names.
import type { Command } from 'commander';
import { openStore, resolveDbPath } from '../store/open.js';
import type { Store } from '../store/store.js';
import { regroup } from '../ledger/regroup.js';
import { progress } from './progress.js';

export function dbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', 'the store: a SQLite file or a postgres:// URL (default $DOSSIER_DB, else ./dossier.db)');
}

export function openFromOptions(opts: { db?: string }): Store {
  return openStore(resolveDbPath(opts.db));
}

/** Before reading the ledger: finish the regrouping an interrupted ingest left behind. */
export async function ensureGrouped(store: Store): Promise<void> {
  const dirty = (await store.dirtyBuckets()).length;
  if (!dirty) return;
  const p = progress();
  process.stderr.write(`dossier: regrouping ${dirty} bucket${dirty === 1 ? '' : 's'} left by an unfinished ingest\n`);
  await regroup(store, { onBucket: (d, t) => p.bar('regroup', d, t) });
  p.done();
}

export async function withStore<T>(opts: { db?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openFromOptions(opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
