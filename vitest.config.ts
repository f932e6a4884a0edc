// Test projects: pure/unit code with fake-indexeddb, main-process code with Electron
// replaced at its boundary, and end-to-end tests that drive Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    passWithNoTests: false,
    // Vitest's default on a 2-core machine is one file at a time, and the end-to-end files
    // each keep one core busy only part of the time: two files run side by side. Each
    // e2e file has its own Chromium and profile, and each server suite its own schema.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // Some unit tests read whole packs with pdf.js: room for a busy machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'electron',
          include: ['tests/electron/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          // The UI settles in its own time: poll for what a user would see. The bounds are
          // generous because a busy 2-core machine reads a pack many times slower than an
          // idle one; they only stop a test that would never pass. Speed is in the bench.
          expect: { poll: { timeout: 90_000, interval: 100 } },
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
