import { defineConfig } from '@playwright/test';

// The Chromium-host suite: the real renderer, handlers and store in headless Chromium. Each test
// launches its own browser (see e2e/support/app-fixture.ts), so no `use.browserName` here.
export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['electron/**'],
  globalSetup: './e2e/support/global-setup.ts',
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'e2e/screenshots',
  reporter: [['list'], ['./e2e/support/skip-reasons-reporter.ts']],
});
