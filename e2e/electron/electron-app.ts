import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { locateElectronBinary } from '../../scripts/start/electron-binary';
import { PROJECT_ROOT } from '../support/project-root';

/** The Electron executable, or why the suite must skip. */
export const electronBinary = locateElectronBinary(PROJECT_ROOT);

/** A running Electron Factmark with its own store and user-data folders. */
export type ElectronFactmark = { app: ElectronApplication; window: Page; close(): Promise<void> };

/**
 * Launches the built shell (out/main/index.js) on a fresh store. XDG_CONFIG_HOME points at a
 * temporary folder so the single-instance lock and user data never touch the analyst's own
 * Factmark. Requires `electronBinary.found`.
 */
export async function launchElectronFactmark(): Promise<ElectronFactmark> {
  if (!electronBinary.found) throw new Error(`Electron binary not installed: ${electronBinary.reason}`);
  const scratch = await mkdtemp(join(tmpdir(), 'factmark-electron-e2e-'));
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: electronBinary.path,
    args: [join(PROJECT_ROOT, 'out/main/index.js'), ...rootArgs, '--store', join(scratch, 'store')],
    env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config') },
  });
  const window = await app.firstWindow();
  return {
    app,
    window,
    close: async () => {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
