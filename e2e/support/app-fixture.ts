import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { chromium, type Browser } from 'playwright-core';
import type { AppCommand } from '../../shared/ipc/channels';
import { launchChromiumHost } from '../../main/chromium-host/launch-chromium-host';
import type { ChromiumHost } from '../../main/chromium-host/open-chromium-host';
import { buildLaunchOptions } from '../../main/chromium-host/launch-options';
import { findChromium } from '../../main/chromium/find-chromium';
import { IDENTITY_FILE } from '../../main/casebook/identity-file';

/** The analyst every test works as, unless it asks for a first run. */
export const E2E_IDENTITY = {
  schemaVersion: 1,
  analyst: { id: 'tess', name: 'Tess Tester' },
  profile: { initials: 'TT', colour: '#1f5f99', confirmed: true },
};

/** Writes the e2e analyst's reading preferences into a fresh store, as the settings would. */
export async function seedReaderPreferences(storeDir: string, preferences: { reopenLast: boolean }): Promise<void> {
  await mkdir(join(storeDir, 'library-state'), { recursive: true });
  const state = { schemaVersion: 1, preferences };
  await writeFile(join(storeDir, 'library-state', `${E2E_IDENTITY.analyst.id}.json`), JSON.stringify(state));
}

/** Factmark as one test sees it: the app on its own fresh store. */
export type FactmarkApp = {
  /** The app window of the current launch; a new page after `restart()`. */
  readonly page: Page;
  /** The store folder, kept across restarts. */
  readonly storeDir: string;
  /** Requests outside the app's origin, across all launches; the host aborted each one. */
  readonly blockedRequests: readonly string[];
  /** Uncaught errors in the page, across all launches. */
  readonly pageErrors: readonly string[];
  /** Folders the app asked the system to show (Settings › Show in folder), recorded instead of opened. */
  readonly openedFolders: readonly string[];
  /** What the analyst does by closing the app and opening it again: waits for pending writes, relaunches on the same store. */
  restart(): Promise<Page>;
  /** Delivers an app command as Electron's menu would. */
  sendCommand(command: AppCommand): Promise<void>;
};

/**
 * Playwright's `test` with an `app` fixture: a fresh temporary store and Factmark launched on it
 * in headless Chromium (`launchChromiumHost`). On failure a screenshot of the window is
 * attached and the store folder is kept, and named, for inspection.
 */
export const test = base.extend<{ app: FactmarkApp; firstRun: boolean; reopenLast: boolean }, { hostBrowser: Browser }>({
  // One headless Chromium per worker; each app (and each restart) gets a fresh context of its
  // own in it, as separate as a new browser profile, without paying a browser launch per story.
  hostBrowser: [
    async ({}, use) => {
      const { executablePath, headless, chromiumSandbox, args } = buildLaunchOptions({
        executablePath: findChromium(),
        headless: true,
        sandbox: process.getuid?.() !== 0,
      });
      const browser = await chromium.launch({ executablePath, headless, chromiumSandbox, args });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // The analyst's identity lives outside the store; each test gets its own, already confirmed
  // (so the first-run profile dialog stays away) unless it sets `firstRun` to meet that dialog.
  firstRun: [false, { option: true }],
  // Stories that restart expect the library; the ones about reopening the last article set this.
  reopenLast: [false, { option: true }],
  app: async ({ firstRun, reopenLast, hostBrowser }, use, testInfo) => {
    const storeDir = await mkdtemp(join(tmpdir(), 'factmark-e2e-store-'));
    if (!reopenLast) await seedReaderPreferences(storeDir, { reopenLast: false });
    const profileDir = await mkdtemp(join(tmpdir(), 'factmark-e2e-profile-'));
    if (!firstRun) await writeFile(join(profileDir, IDENTITY_FILE), JSON.stringify(E2E_IDENTITY));
    const blockedRequests: string[] = [];
    const pageErrors: string[] = [];
    const openedFolders: string[] = [];
    const launch = async () => {
      const host = await launchChromiumHost({
        storeDir,
        profileDir,
        headless: true,
        browser: hostBrowser,
        openFolder: async (path: string) => void openedFolders.push(path),
        onBlockedRequest: (url) => blockedRequests.push(url),
      });
      host.page.on('pageerror', (error) => pageErrors.push(error.message));
      return host;
    };
    let host: ChromiumHost = await launch();
    const app: FactmarkApp = {
      get page() {
        return host.page;
      },
      storeDir,
      blockedRequests,
      pageErrors,
      openedFolders,
      async restart() {
        await host.close();
        host = await launch();
        return host.page;
      },
      sendCommand: (command) => host.sendCommand(command),
    };

    await use(app);

    const failed = testInfo.status !== testInfo.expectedStatus;
    if (failed && !host.page.isClosed()) {
      await testInfo.attach('window', { body: await host.page.screenshot(), contentType: 'image/png' });
    }
    await host.close();
    if (failed) testInfo.annotations.push({ type: 'store', description: storeDir });
    else await rm(storeDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
