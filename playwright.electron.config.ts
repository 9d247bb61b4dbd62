import { defineConfig } from '@playwright/test';

// The Electron suite: the packaged shell's own window. One worker, since every test starts a
// whole Electron app. Where no Electron binary is installed, its tests report a skip with why.
export default defineConfig({
  testDir: 'e2e/electron',
  globalSetup: './e2e/support/global-setup.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'e2e/screenshots/electron',
  reporter: [['list'], ['./e2e/support/skip-reasons-reporter.ts']],
});
