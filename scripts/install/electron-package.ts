// `postinstall`: Electron is an optional dependency, so `npm install` succeeds on a machine that
// cannot download its binary (npm then drops the package). This puts the package's own files
// back, without the binary, so the build and the type checker work, and remembers the failed
// download so `npm start` goes straight to the Chromium window instead of retrying every time.
// It never fails the install.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateElectronBinary } from '../start/electron-binary';
import { forgetFailedDownload, recordFailedDownload } from '../start/electron-download-record';
import { restoreElectronPackage } from '../start/restore-electron-package';

const root = fileURLToPath(new URL('../..', import.meta.url));

try {
  if (existsSync(join(root, 'node_modules', 'electron', 'package.json'))) {
    if (locateElectronBinary(root).found) await forgetFailedDownload(root);
  } else {
    await recordFailedDownload(root, "Electron's binary could not be downloaded during npm install");
    const failure = restoreElectronPackage(root);
    console.log(
      "Factmark: Electron's binary could not be downloaded; `npm start` will open Factmark in a Chromium window instead " +
        '(`npm run electron:download` tries again).',
    );
    if (failure)
      console.warn(`Factmark: the electron package's files could not be restored either (${failure}); building the app needs them.`);
  }
} catch (error) {
  console.warn(`Factmark: checking Electron after install failed (${error instanceof Error ? error.message : String(error)}).`);
}
