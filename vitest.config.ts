import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest's default leaves a core idle (cores - 1: one worker on CI's two). Much of the suite
    // waits on child processes (tsc, the CLI), so a worker per core halves the wall time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Snapshots are reviewed files: CI must fail on a missing one instead of writing it.
    ...(process.env.CI ? { update: false } : {}),
  },
});
