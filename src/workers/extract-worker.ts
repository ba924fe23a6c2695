// A worker thread that extracts documents for the pool (pool.ts). Before each stage it writes the
// stage's number into the shared slot, so that the pool can name the stage of a document it had
// to stop. It loads the lexicons and the model before it says it is ready.
import { parentPort, workerData } from 'node:worker_threads';
import { defaultStages, extract, type DocumentInput } from '../extract.js';
import type { Extraction } from '../format.js';
import { StageError } from '../pipeline.js';

export interface WorkerRequest {
  input: DocumentInput;
}

export type WorkerReply = { ok: true; result: Extraction | string } | { ok: false; error: string; stage: string | null };

const { slot, json, maxLength } = workerData as { slot: SharedArrayBuffer; json: boolean; maxLength?: number };
const stage = new Int32Array(slot);
const onStage = (i: number) => Atomics.store(stage, 0, i + 1);

function reply(input: DocumentInput): WorkerReply {
  try {
    const x = extract(input, defaultStages, { maxLength, onStage });
    return { ok: true, result: json ? JSON.stringify(x) : x };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), stage: e instanceof StageError ? e.stage : null };
  } finally {
    Atomics.store(stage, 0, 0);
  }
}

// the lexicons and the model load on first use: one short report loads them before the first real one
reply({ text: 'Poland said on Monday it had sent 14 tanks to Ukraine.', published: '2024-01-01' });
parentPort!.on('message', (m: WorkerRequest) => parentPort!.postMessage(reply(m.input)));
parentPort!.postMessage({ ready: defaultStages.map((s) => s.name) });
