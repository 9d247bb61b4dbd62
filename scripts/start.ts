// `npm start`: build if needed, then open Factmark in Electron, or in Chromium where no Electron
// binary can be had. Arguments after `--` (such as `--store DIR`) reach the app.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveStoreDir } from '../main/app/store-location';
import { userDataDir } from '../main/app/user-data-dir';
import { launchChromiumHost } from '../main/host/launch-chromium-host';
import { ensureBuild } from './start/build-freshness';
import { installElectronBinary, locateElectronBinary } from './start/electron-binary';
import { checkLinuxSandbox } from './start/linux-sandbox';

const root = fileURLToPath(new URL('..', import.meta.url));
const appArgs = process.argv.slice(2);
const INSTALL_TIMEOUT_MS = 20_000;

try {
  await ensureBuild(root);
  const electron = await findOrInstallElectron();
  if (electron.found) await runElectron(electron.path);
  else await runInChromium(electron.reason);
} catch (error) {
  console.error(`Factmark could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

async function findOrInstallElectron() {
  const located = locateElectronBinary(root);
  if (located.found || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return located;
  const failure = await installElectronBinary(root, INSTALL_TIMEOUT_MS);
  const retried = locateElectronBinary(root);
  return retried.found ? retried : { found: false as const, reason: failure ?? retried.reason };
}

async function runElectron(executable: string): Promise<void> {
  const sandboxProblem = checkLinuxSandbox(executable);
  if (sandboxProblem) throw new Error(sandboxProblem);
  // Chromium refuses to run as root with its sandbox on.
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [root, ...sandboxArgs, ...appArgs], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  process.exit(code);
}

async function runInChromium(reason: string): Promise<void> {
  console.log(`Electron binary not available (${reason}); opening Factmark in Chromium instead.`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session.');
  }
  const storeDir = resolveStoreDir(appArgs, process.env, userDataDir());
  const host = await launchChromiumHost({ storeDir, headless: false });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void host.close().catch(() => {}));
  await host.closed;
  process.exit(0);
}
