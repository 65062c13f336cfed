import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Snapshots are reviewed files: CI must fail on a missing one instead of writing it.
    ...(process.env.CI ? { update: false } : {}),
  },
});
