// `npm run electron:download`: retries Electron's binary download on purpose, after `npm install`
// or `npm start` remembered that it failed. Exits 1 when it fails again.
import { fileURLToPath } from 'node:url';
import { forgetFailedDownload } from '../start/electron-download-record';
import { findOrDownloadElectron } from '../start/find-or-download-electron';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT_MS = 180_000;

await forgetFailedDownload(root);
const env = { ...process.env };
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
delete process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
const electron = await findOrDownloadElectron(root, env, TIMEOUT_MS);
if (electron.found) {
  console.log(`Electron is installed (${electron.path}): npm start opens Factmark in Electron.`);
} else {
  console.error(`Electron's binary could not be downloaded (${electron.reason}); npm start keeps opening Factmark in Chromium.`);
  process.exitCode = 1;
}
