import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { locateElectronBinary } from '../../scripts/start/electron-binary';
import { IDENTITY_FILE } from '../../main/casebook/identity-file';
import { APP_NAME } from '../../main/profile/user-data-dir';
import { E2E_IDENTITY } from '../support/app-fixture';
import { PROJECT_ROOT } from '../support/project-root';

/** The Electron executable, or why the suite must skip. */
export const electronBinary = locateElectronBinary(PROJECT_ROOT);

/** A running Electron Factmark with its own store and user-data folders. */
export type ElectronFactmark = { app: ElectronApplication; window: Page; storeDir: string; close(): Promise<void> };

/**
 * Launches the built shell (out/main/index.js) on a fresh store. XDG_CONFIG_HOME points at a
 * temporary folder so the single-instance lock and user data never touch the analyst's own
 * Factmark. Requires `electronBinary.found`.
 */
export async function launchElectronFactmark(): Promise<ElectronFactmark> {
  if (!electronBinary.found) throw new Error(`Electron binary not installed: ${electronBinary.reason}`);
  const scratch = await mkdtemp(join(tmpdir(), 'factmark-electron-e2e-'));
  const storeDir = join(scratch, 'store');
  // The analyst is known already, so the first-run profile dialog stays away (as in the Chromium suite).
  const userData = join(scratch, 'config', APP_NAME);
  await mkdir(userData, { recursive: true });
  await writeFile(join(userData, IDENTITY_FILE), JSON.stringify(E2E_IDENTITY));
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: electronBinary.path,
    args: [join(PROJECT_ROOT, 'out/main/index.js'), ...rootArgs, '--store', storeDir],
    env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config') },
  });
  let gone = false;
  app.once('close', () => (gone = true));
  const window = await app.firstWindow();
  return {
    app,
    window,
    storeDir,
    close: async () => {
      // A test may have quit the app itself.
      if (!gone) await app.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
