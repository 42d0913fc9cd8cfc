import { defineConfig } from '@playwright/test';

export default defineConfig<object, { appHost: 'web' | 'electron' }>({
  testDir: 'e2e',
  tsconfig: './tsconfig.playwright.json',
  outputDir: 'test-results/e2e',
  // A guard against a hung test, not a measure of speed (that is `npm run bench`): whole
  // journeys (a plan built, finalised, printed and reopened) need over a minute on a busy 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 820 },
  },
  projects: [
    // The web host in Chromium (the app fixture launches the browser: see e2e/fixtures.ts).
    { name: 'web', use: { appHost: 'web' } },
    { name: 'electron', use: { appHost: 'electron' } },
  ],
});
