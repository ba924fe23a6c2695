// The options of the commands that extract on worker threads (extract, ingest, worker): how many threads,
// and how long one document may take before its worker is stopped.
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_TIME_LIMIT_S, type PoolOptions } from '../workers/pool.js';

export interface WorkerFlags {
  threads?: number;
  timeLimit?: number;
}

function threads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number of threads from 1 to 256.');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds (0 for no limit).');
  return n;
}

export function workerOptions(cmd: Command, threadsDefault = 'the number of cores'): Command {
  return cmd
    .option('--threads <n>', `worker threads that extract documents (default: ${threadsDefault})`, threads)
    .option('--time-limit <seconds>', `seconds one document may take; past it the document is an error naming the stage, and the rest go on (default ${DEFAULT_TIME_LIMIT_S}; 0: no limit)`, seconds);
}

export function poolOptions(flags: WorkerFlags): PoolOptions {
  return { threads: flags.threads, timeLimit: flags.timeLimit };
}
