import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files and real processes: give slow disks room, but never hide a hang.
    testTimeout: 20_000,
    pool: 'forks',
  },
});
