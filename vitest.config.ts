import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: ['test/queue-workers.test.ts'], sequence: { groupOrder: 0 } } },
      // four worker processes and PostgreSQL take the whole machine: alone, after the rest
      { extends: true, test: { name: 'workers', include: ['test/queue-workers.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
