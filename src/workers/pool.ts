// Extraction on worker threads: one document at a time per worker, up to as many workers as cores
// by default (one starts at once, the others when documents wait for them). Every document has a
// time limit: a worker still busy past it is stopped (a document that never returns cannot stall
// a batch), the document becomes an error naming the stage it was in, and a fresh worker takes
// its place.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentInput } from '../extract.js';
import type { Extraction } from '../format.js';
import type { WorkerReply } from './extract-worker.js';

/** Seconds one document may take before its worker is stopped (1 MB of report text takes 1–4 s). */
export const DEFAULT_TIME_LIMIT_S = 60;

export interface PoolOptions {
  /** Worker threads (default: the number of cores). */
  threads?: number;
  /** Seconds per document before its worker is stopped; 0 for no limit. */
  timeLimit?: number;
  /** Results as JSON text (what `extract --jsonl` writes) instead of objects. */
  json?: boolean;
  /** Longest text accepted (extract()'s maxLength; the CLI's --max-size). */
  maxLength?: number;
}

export type PoolResult<R = Extraction> =
  | { ok: true; result: R }
  | { ok: false; error: string; stage: string | null; timedOut: boolean };

/** An extraction that failed in a worker: its message, and the stage when one was running. */
export class ExtractionError extends Error {
  constructor(message: string, readonly stage: string | null, readonly timedOut: boolean) {
    super(message);
    this.name = 'ExtractionError';
  }
}

interface Task {
  input: DocumentInput;
  resolve: (r: PoolResult<Extraction | string>) => void;
}

interface Slot {
  worker: Worker;
  stage: Int32Array;
  stages: string[] | null;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** The compiled worker; under tsx (tests, `node --import tsx`) its TypeScript source, behind a
 *  few lines that register tsx in the worker first (Node 20 does not pass loaders on to workers). */
function workerScript(): { script: string | URL; eval: boolean } {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(ts ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  if (!ts) return { script: url, eval: false };
  const tsx = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return { script: `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`, eval: true };
}

export class ExtractPool {
  readonly threads: number;
  readonly timeLimit: number;
  private readonly json: boolean;
  private readonly maxLength: number | undefined;
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private closed = false;
  /** Set when a worker cannot start: every document then fails with it. */
  private broken: string | null = null;

  constructor(opts: PoolOptions = {}) {
    this.threads = Math.max(1, Math.floor(opts.threads ?? availableParallelism()));
    this.timeLimit = opts.timeLimit ?? DEFAULT_TIME_LIMIT_S;
    this.json = opts.json ?? false;
    this.maxLength = opts.maxLength;
    this.spawn();
  }

  /** Extracts one document; never rejects (a failure is a result with its error and stage). */
  run(input: DocumentInput): Promise<PoolResult<Extraction | string>> {
    if (this.closed) return Promise.resolve({ ok: false, error: 'the extraction pool is closed', stage: null, timedOut: false });
    if (this.broken) return Promise.resolve({ ok: false, error: this.broken, stage: null, timedOut: false });
    return new Promise((resolve) => {
      this.queue.push({ input, resolve });
      this.dispatch();
    });
  }

  /** Like run(), as an extractor for the ledger: resolves to the extraction, rejects with an ExtractionError. */
  async extract(input: DocumentInput): Promise<Extraction> {
    const r = await this.run(input);
    if (!r.ok) throw new ExtractionError(r.error, r.stage, r.timedOut);
    return typeof r.result === 'string' ? (JSON.parse(r.result) as Extraction) : r.result;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.resolve({ ok: false, error: 'the extraction pool is closed', stage: null, timedOut: false });
    await Promise.all(this.slots.map((s) => this.retire(s)));
  }

  private spawn(): void {
    const shared = new SharedArrayBuffer(4);
    const { script, eval: isEval } = workerScript();
    const worker = new Worker(script, { workerData: { slot: shared, json: this.json, maxLength: this.maxLength }, eval: isEval });
    const slot: Slot = { worker, stage: new Int32Array(shared), stages: null, task: null, timer: null };
    this.slots.push(slot);
    worker.on('message', (m: WorkerReply | { ready: string[] }) => {
      if ('ready' in m) slot.stages = m.ready;
      else this.finish(slot, m.ok ? m : { ...m, timedOut: false });
      this.dispatch();
    });
    // an uncaught error or an exit (out of memory, a crash): its document fails, a new worker takes over
    const lost = (why: string) => {
      if (!this.slots.includes(slot)) return;
      this.slots = this.slots.filter((s) => s !== slot);
      if (slot.task) this.finish(slot, { ok: false, error: why, stage: this.stageOf(slot), timedOut: false });
      else if (!slot.stages && !this.closed) this.fail(`extraction workers cannot start: ${why}`);
      if (!this.closed && !this.broken) this.spawn();
      this.dispatch();
    };
    worker.on('error', (e) => lost(`the extraction worker failed: ${e.message}`));
    worker.on('exit', (code) => lost(`the extraction worker stopped (exit code ${code})`));
    this.keepAlive(slot);
  }

  private stageOf(slot: Slot): string | null {
    const i = Atomics.load(slot.stage, 0);
    return i > 0 ? (slot.stages?.[i - 1] ?? null) : null;
  }

  private dispatch(): void {
    // another worker while documents wait and none is starting
    const idle = this.slots.filter((s) => !s.task).length;
    if (this.queue.length > idle && this.slots.length < this.threads && !this.closed && !this.broken) this.spawn();
    for (const slot of this.slots) {
      if (!this.queue.length) break;
      if (!slot.stages || slot.task) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      Atomics.store(slot.stage, 0, 0);
      slot.worker.postMessage({ input: task.input });
      if (this.timeLimit > 0) slot.timer = setTimeout(() => this.timeOut(slot), this.timeLimit * 1000);
    }
    for (const slot of this.slots) this.keepAlive(slot);
  }

  private timeOut(slot: Slot): void {
    if (!slot.task) return;
    const stage = this.stageOf(slot);
    const where = stage ? ` in stage "${stage}"` : '';
    this.finish(slot, { ok: false, error: `stopped after ${this.timeLimit} s${where}: over the time limit for one document`, stage, timedOut: true });
    this.slots = this.slots.filter((s) => s !== slot);
    void this.retire(slot);
    if (!this.closed) this.spawn();
    this.dispatch();
  }

  private finish(slot: Slot, r: PoolResult<Extraction | string>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(r);
  }

  private fail(message: string): void {
    this.broken = message;
    for (const t of this.queue.splice(0)) t.resolve({ ok: false, error: message, stage: null, timedOut: false });
  }

  private async retire(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners('message');
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => {});
    if (slot.timer) clearTimeout(slot.timer);
    await slot.worker.terminate();
  }

  /** A worker holds the process open only while it has work, so a finished program exits. */
  private keepAlive(slot: Slot): void {
    if (slot.task || (this.queue.length && !this.closed)) slot.worker.ref();
    else slot.worker.unref();
  }
}
