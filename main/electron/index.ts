import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { createAppServices } from '../app-services/create-app-services';
import { openFolderWithElectron } from './open-folder-with-electron';
import { resolveStoreDir } from '../profile/store-location';
import { APP_NAME } from '../profile/user-data-dir';
import { buildMenuTemplate } from './app-menu';
import { createKeychainVault } from './keychain-vault';
import { APP_ENTRY_URL, APP_ORIGIN } from '../app-page/app-origin';
import { flushPage, type FlushOutcome } from './flush-page';
import { holdCloseUntilFlushed } from './hold-close-until-flushed';
import { confirmLeaving, guardQuitWithUnsaved, UNSAVED_CHANGES_QUESTION } from './leave-with-unsaved';
import { registerIpcHandlers } from '../ipc/ipc-edge';
import { openMainWindow, type MainWindow } from './main-window';
import { printReportPdf } from './print-report-pdf';
import { holdQuitUntilClosed } from './quit-after-close';
import { reloadAfterCrash } from './reload-after-crash';
import { runOnce } from './run-once';
import { elapsedSinceStart, runSmoke } from './smoke-run';
import { explainSecondLaunch, readSecondLaunch, type SecondLaunchData } from './second-launch';
import { applySessionPolicy, guardAllWebContents, registerAppScheme } from './session-policy';

// Both paths are relative to this bundle (out/main/index.js), so they hold in development, in
// Playwright's `_electron.launch` and inside a packaged asar alike.
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

const log = (message: string) => console.warn(`[factmark] ${message}`);

registerAppScheme();
app.enableSandbox();
// Pinned rather than derived from package.json, so the CLI and the Chromium host (userDataDir)
// find the same store, and the single-instance lock (kept in userData) covers it.
app.setPath('userData', join(app.getPath('appData'), APP_NAME));
const storeDir = resolveStoreDir(process.argv, process.env, app.getPath('userData'));

// The running instance hears which store this launch asked for ('second-instance').
if (app.requestSingleInstanceLock({ storeDir } satisfies SecondLaunchData)) {
  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox('Factmark could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
} else {
  console.log('Factmark is already running: its window comes to the front, and says so there if it cannot open the store asked for.');
  app.quit();
}

async function start(): Promise<void> {
  guardAllWebContents(log);
  await app.whenReady();
  const services = await createAppServices({
    storeDir,
    renderPdf: printReportPdf,
    vault: createKeychainVault({ safeStorage, file: join(app.getPath('userData'), 'sync-credentials.json') }),
    openFolder: openFolderWithElectron,
  });
  let main: MainWindow | null = null;

  // Every way out (menu, Cmd+Q, Dock, signals, the last window closing, Windows ending the
  // session) ends here: the page saves what its autosave still holds, then the store closes.
  const shutdown = runOnce(async () => {
    await savePage(main);
    await services.close();
  });
  const holdQuit = holdQuitUntilClosed(
    () => shutdown.run(),
    () => app.quit(),
    (error) => log(`Closing the store failed: ${String(error)}`),
  );
  // A quit first asks the page to save; when the store refused its changes (a full disk) the
  // analyst chooses between keeping Factmark open and losing them.
  app.on(
    'before-quit',
    guardQuitWithUnsaved(
      () =>
        confirmLeaving(
          () => flushOutcome(main),
          () => askToLeaveAnyway(main),
        ),
      holdQuit,
      () => app.quit(),
    ),
  );
  // Also on will-quit: a quit that skipped before-quit still waits for the store.
  app.on('will-quit', holdQuit);
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with no window; 'activate' opens one again.
    if (process.platform !== 'darwin') app.quit();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  applySessionPolicy(session.defaultSession, rendererDir, log);
  registerIpcHandlers(ipcMain, services.dispatch, APP_ORIGIN);

  const showWindow = (): MainWindow => {
    if (main && !main.window.isDestroyed()) {
      main.focus();
      return main;
    }
    main = openWindow(() => shutdown.started());
    return main;
  };
  const first = showWindow();
  // `npm start -- --smoke`: report once the library is interactive, then quit the usual way.
  if (process.argv.includes('--smoke')) {
    void runSmoke({
      evaluate: (script) => first.window.webContents.executeJavaScript(script),
      elapsedMs: () => elapsedSinceStart(process.env, Date.now(), process.uptime() * 1000),
      print: (line) => console.log(line),
      printError: (line) => console.error(line),
      // Electron's exit code is 0 after app.quit(); a failed run exits at once with 1.
      quit: (code) => (code === 0 ? app.quit() : app.exit(code)),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
  }
  app.on('activate', () => void showWindow());
  app.on('second-instance', (_event, _argv, _workingDirectory, additionalData) => {
    const shown = showWindow();
    const requested = readSecondLaunch(additionalData);
    const refusal = requested && explainSecondLaunch(requested.storeDir, services.storeDir);
    if (refusal) void dialog.showMessageBox(shown.window, { type: 'info', buttons: ['OK'], ...refusal });
  });
  app.on('child-process-gone', (_event, details) => {
    log(
      `Electron's ${details.type} process ended (${details.reason}${details.name ? `, ${details.name}` : ''}); Electron restarts it when it can.`,
    );
  });
  services.onCommand((command) => main?.sendCommand(command));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDevelopment: !app.isPackaged,
        sendCommand: (command) => main?.sendCommand(command),
        showStoreFolder: () => void shell.openPath(services.storeDir),
      }),
    ),
  );
}

/** Opens the app window with its guards: closing it saves first, a crashed page reloads, Windows' session end quits cleanly. */
function openWindow(isShuttingDown: () => boolean): MainWindow {
  const opened = openMainWindow(preloadPath, log);
  const { window } = opened;
  holdCloseUntilFlushed(
    window,
    () =>
      confirmLeaving(
        () => flushOutcome(opened),
        () => askToLeaveAnyway(opened),
      ),
    isShuttingDown,
    (error) => log(`Saving before closing failed: ${String(error)}`),
  );
  reloadAfterCrash(window, APP_ENTRY_URL, log, () =>
    dialog.showErrorBox(
      "Factmark's window keeps failing",
      'Its page ended several times within a minute, so it is not reloaded again. Everything it had saved is in the store; quit Factmark and start it again.',
    ),
  );
  // Windows asks before ending the session, then ends it without a before-quit: save at the
  // question (the session may yet go on), and quit through the usual sequence at the end.
  window.on('query-session-end', () => void savePage(opened));
  window.on('session-end', () => app.quit());
  return opened;
}

async function savePage(target: MainWindow | null): Promise<void> {
  const outcome = await flushOutcome(target);
  if (outcome === 'not-saved' || outcome === 'timed-out') log(`The page's last changes may not be saved (${outcome}).`);
}

function flushOutcome(target: MainWindow | null): Promise<FlushOutcome> {
  return !target || target.window.isDestroyed() ? Promise.resolve('no-page') : flushPage(target.window.webContents);
}

/** Asks whether to leave although the store refused the page's last changes; true to leave. */
async function askToLeaveAnyway(target: MainWindow | null): Promise<boolean> {
  const answer =
    target && !target.window.isDestroyed()
      ? await dialog.showMessageBox(target.window, UNSAVED_CHANGES_QUESTION)
      : await dialog.showMessageBox(UNSAVED_CHANGES_QUESTION);
  return answer.response === 1;
}
