// Writes from HTTP requests go one at a time: the store's batch() is one transaction on one
// connection, and two requests interleaving their awaits inside it would share it. Reads of the
// ledger first finish any regrouping an ingest left (as the CLI's ensureGrouped does).
import { extract as defaultExtract, type DocumentInput } from '../extract.js';
import type { Extraction } from '../format.js';
import { ingestInputs, type Extractor, type IngestOutcome } from '../ledger/ingest.js';
import { regroup } from '../ledger/regroup.js';
import type { Store } from '../store/store.js';
import { HttpError } from './errors.js';

export interface Stored {
  status: 'added' | 'updated' | 'unchanged';
  document: string;
  version: number;
  extraction: Extraction;
}

export class Writer {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private store: Store,
    private extract: Extractor = defaultExtract,
  ) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stores one document and regroups what it changed. A bad document is a 400 naming why. */
  ingest(name: string, input: DocumentInput): Promise<Stored> {
    return this.serial(async () => {
      let made: Extraction | null = null;
      let outcome: IngestOutcome | null = null;
      await ingestInputs(this.store, [{ name, input }], {
        extract: (i) => (made = this.extract(i)),
        onOutcome: (o) => (outcome = o),
      });
      const o = outcome as IngestOutcome | null;
      if (!o) throw new HttpError('internal', `${name}: the store reported no outcome`);
      if (o.status === 'failed') throw new HttpError('bad_document', o.error);
      // unchanged: the store already holds this text, and its stored extraction is the answer
      const extraction = made ?? (await this.store.getExtraction(o.document, o.version));
      if (!extraction) throw new HttpError('internal', `${o.document}: stored but cannot be read back`);
      return { status: o.status, document: o.document, version: o.version, extraction };
    });
  }

  /** A reviewer's correction, one at a time with the other writes. */
  review<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.serial(() => fn(this.store));
  }

  /** Before reading events: regroup buckets an interrupted ingest left dirty. */
  ensureGrouped(): Promise<void> {
    return this.serial(async () => {
      if ((await this.store.dirtyBuckets()).length) await regroup(this.store);
    });
  }
}
