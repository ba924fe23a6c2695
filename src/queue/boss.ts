// The job queue: pg-boss (version 10, the last that runs on Node 20) in the store's database,
// schema "<store schema>_queue". Enqueuers only send; workers also run pg-boss's maintenance
// (archiving finished jobs, expiring stuck ones).
import PgBoss from 'pg-boss';
import type { PostgresStore } from '../store/postgres/store.js';
import { INGEST_QUEUE } from './jobs.js';

export type Role = 'enqueue' | 'work';

export async function startBoss(store: PostgresStore, role: Role, onError: (e: Error) => void): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: store.where.connectionString,
    schema: `${store.where.schema}_queue`,
    max: 2,
    application_name: `dossier-${role}`,
    supervise: role === 'work',
    schedule: false,
  });
  boss.on('error', onError);
  await boss.start();
  await boss.createQueue(INGEST_QUEUE);
  return boss;
}

/** Jobs still to take: created, or waiting to be retried. */
export async function queueSize(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(INGEST_QUEUE, { before: 'active' });
}
