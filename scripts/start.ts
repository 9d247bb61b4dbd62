// `npm start`: build if needed, then open Factmark in Electron, or in a Chromium app window where
// no Electron binary can be had. Arguments after `--` (such as `--store DIR`) reach the app;
// `--smoke` starts it, waits until the library is interactive, prints `ready in N ms` and exits;
// `--remote-debugging-port=PORT` exposes the window over the Chrome DevTools Protocol.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { resolveStoreDir } from '../main/profile/store-location';
import { userDataDir } from '../main/profile/user-data-dir';
import { ensureBuild } from './start/build-freshness';
import { findOrDownloadElectron } from './start/find-or-download-electron';
import { hasDisplay } from './start/has-display';
import { checkLinuxSandbox } from './start/linux-sandbox';
import { loadChromiumHost } from './start/load-chromium-host';
import { parseStartArgs, type StartOptions } from './start/start-options';

const root = fileURLToPath(new URL('..', import.meta.url));
const INSTALL_TIMEOUT_MS = 20_000;
const SMOKE_TIMEOUT_MS = 60_000;

try {
  const options = parseStartArgs(process.argv.slice(2));
  // In smoke mode stdout carries one line, `ready in N ms`, for scripts to read; the rest goes to stderr.
  const note = options.smoke ? (line: string) => console.error(line) : (line: string) => console.log(line);
  await ensureBuild(root, note);
  const electron = await findOrDownloadElectron(root, process.env, INSTALL_TIMEOUT_MS, note);
  if (electron.found) await runElectron(electron.path, options);
  else await runInChromium(electron.reason, options, note);
} catch (error) {
  console.error(`Factmark could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

async function runElectron(executable: string, options: StartOptions): Promise<void> {
  const sandboxProblem = checkLinuxSandbox(executable);
  if (sandboxProblem) throw new Error(sandboxProblem);
  // Chromium refuses to run as root with its sandbox on.
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  // Without a display Electron still starts for a smoke run, drawing nowhere.
  const displayArgs = options.smoke && !hasDisplay() ? ['--ozone-platform=headless'] : [];
  const smokeArgs = options.smoke ? ['--smoke'] : [];
  const env: NodeJS.ProcessEnv = { ...process.env, FACTMARK_START_TIME: String(Date.now() - Math.round(performance.now())) };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [root, ...sandboxArgs, ...displayArgs, ...options.appArgs, ...smokeArgs], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  process.exit(code);
}

async function runInChromium(reason: string, options: StartOptions, note: (line: string) => void): Promise<void> {
  note(`Electron binary not available (${reason}); opening Factmark in a Chromium window instead.`);
  const headless = options.smoke && !hasDisplay();
  if (!headless && !hasDisplay()) {
    throw new Error('there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session.');
  }
  // Loaded here, not at the top: the Electron path never needs playwright-core.
  const launchChromiumHost = await loadChromiumHost(root, note);
  const storeDir = resolveStoreDir(options.appArgs, process.env, userDataDir());
  const host = await launchChromiumHost({
    storeDir,
    headless,
    rendererDir: join(root, 'out', 'renderer'),
    browserProfileDir: join(userDataDir(), 'chromium'),
    remoteDebuggingPort: options.remoteDebuggingPort,
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void host.close().catch(() => {}));
  if (options.smoke) {
    const pageErrors: string[] = [];
    host.page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await host.waitUntilReady(SMOKE_TIMEOUT_MS);
    } catch {
      await host.close().catch(() => {});
      const errors = pageErrors.length > 0 ? ` (the page reported: ${pageErrors.join('; ')})` : '';
      throw new Error(`the library did not become interactive within ${SMOKE_TIMEOUT_MS / 1000} s${errors}`);
    }
    console.log(`ready in ${Math.round(performance.now())} ms`);
    await host.close();
    process.exit(0);
  }
  await host.closed;
  process.exit(0);
}
