import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ElectronBinary, installElectronBinary, locateElectronBinary } from './electron-binary';
import { forgetFailedDownload, readFailedDownload, recordFailedDownload } from './electron-download-record';
import { restoreElectronPackage } from './restore-electron-package';

/** What `findOrDownloadElectron` uses; injectable so the decision can be tested offline. */
export type ElectronDownloadDeps = {
  locate: (root: string) => ElectronBinary;
  install: (root: string, timeoutMs: number) => Promise<string | null>;
  restorePackage: (root: string) => string | null;
};

const defaultDeps: ElectronDownloadDeps = {
  locate: (root) => locateElectronBinary(root),
  install: installElectronBinary,
  restorePackage: (root) => restoreElectronPackage(root),
};

/**
 * Finds Electron's executable for `npm start`. When it is missing, tries the download once and
 * remembers a failure, so a machine that cannot reach the download server (a newsroom firewall
 * that drops packets waits out the whole timeout) is not made to wait on every start;
 * `npm run electron:download` retries on purpose. ELECTRON_SKIP_BINARY_DOWNLOAD skips the attempt.
 */
export async function findOrDownloadElectron(
  root: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  log: (line: string) => void = (line) => console.log(line),
  deps: ElectronDownloadDeps = defaultDeps,
): Promise<ElectronBinary> {
  const located = deps.locate(root);
  if (located.found) {
    await forgetFailedDownload(root);
    return located;
  }
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { found: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  const remembered = await readFailedDownload(root);
  if (remembered) {
    return { found: false, reason: `${remembered.reason}, ${remembered.failedAt.slice(0, 10)}; "npm run electron:download" tries again` };
  }
  if (!existsSync(join(root, 'node_modules', 'electron', 'install.js'))) {
    const failure = deps.restorePackage(root);
    if (failure) {
      await recordFailedDownload(root, `the electron package could not be restored: ${failure}`);
      return { found: false, reason: failure };
    }
  }
  log(`Downloading Electron (once; at most ${Math.round(timeoutMs / 1000)} s)…`);
  const failure = await deps.install(root, timeoutMs);
  const retried = deps.locate(root);
  if (retried.found) return retried;
  const reason = failure ?? retried.reason;
  await recordFailedDownload(root, reason);
  return { found: false, reason };
}
