// The --db option every ledger command takes, and opening the store it names.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { isPostgresUrl, openStore, resolveDbPath, StoreError } from '../store/open.js';
import type { Store } from '../store/store.js';
import { regroup } from '../ledger/regroup.js';
import { progress } from './progress.js';

export function dbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', 'the store: a SQLite file or a postgres:// URL (default $DOSSIER_DB, else ./dossier.db)');
}

/** The store a command names; a command that only reads (or corrects) it refuses to create one. */
export function openFromOptions(opts: { db?: string }, existing = false): Store {
  const file = resolveDbPath(opts.db);
  if (isPostgresUrl(file)) return openStore(file, { mustExist: existing });
  // a folder that does not exist is openStore's error; a file that does not exist, for a command
  // that reads, is this one (never a new empty store)
  if (existing && file !== ':memory:' && !existsSync(file) && existsSync(path.dirname(path.resolve(file)))) {
    throw new StoreError(`--db ${file}: no store there yet; store documents first with "dossier ingest PATH --db ${file}"`);
  }
  return openStore(file);
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

export async function withStore<T>(opts: { db?: string }, fn: (store: Store) => Promise<T>, existing = false): Promise<T> {
  const store = openFromOptions(opts, existing);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
