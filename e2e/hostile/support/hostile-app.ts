import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Browser } from 'playwright-core';
import { createAppServices, type AppServices } from '../../../main/app-services/create-app-services';
import { IDENTITY_FILE } from '../../../main/casebook/identity-file';
import { DEFAULT_RENDERER_DIR } from '../../../main/chromium-host/launch-chromium-host';
import { HOST_ORIGIN } from '../../../main/chromium-host/host-origin';
import { openChromiumHost, type ChromiumHost } from '../../../main/chromium-host/open-chromium-host';
import { E2E_IDENTITY, seedReaderPreferences } from '../../support/app-fixture';
import { installDetector, type Detector } from './hostile-detector';

/** Factmark on a fresh store, watched by the hostile-input detector from its first page load. */
export interface HostileApp {
  readonly page: Page;
  readonly detector: Detector;
  /** The main-process side, to read back what the import stored. */
  readonly services: AppServices;
  close(): Promise<void>;
}

/**
 * Launches the app as the e2e fixture does (the real renderer, handlers and store, in a context of
 * its own in the worker's headless Chromium `browser`, the fixture's analyst), installs the
 * detector in that context and reloads the window so the detector's init script runs before the
 * app's own code. Requests to the app's origin are the app's; any other request, any navigation
 * away, frame, popup, dialog, console error or uncaught error is a finding.
 */
export async function openHostileApp(browser: Browser): Promise<HostileApp> {
  const storeDir = await mkdtemp(join(tmpdir(), 'factmark-hostile-store-'));
  // The analyst's identity, confirmed, as the e2e fixture gives every test (no first-run dialog).
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-hostile-profile-'));
  await writeFile(join(profileDir, IDENTITY_FILE), JSON.stringify(E2E_IDENTITY));
  // Stories reload the page and expect the library, not the article read last.
  await seedReaderPreferences(storeDir, { reopenLast: false });
  const services = await createAppServices({ storeDir, profileDir });
  let host: ChromiumHost;
  try {
    // The host reports blocked requests to stderr by default; the detector records them instead.
    host = await openChromiumHost(services, { headless: true, rendererDir: DEFAULT_RENDERER_DIR, onBlockedRequest: () => {}, browser });
  } catch (error) {
    await services.close();
    throw error;
  }
  const detector = await installDetector(host.context, { ownOrigin: HOST_ORIGIN });
  detector.watch(host.page);
  await host.page.reload();
  return {
    page: host.page,
    detector,
    services,
    async close() {
      await host.close();
      await rm(storeDir, { recursive: true, force: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
