import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, Menu, session, shell } from 'electron';
import { createAppServices } from '../app/create-app-services';
import { resolveStoreDir } from '../app/store-location';
import { APP_NAME } from '../app/user-data-dir';
import { buildMenuTemplate } from './app-menu';
import { APP_ORIGIN } from './app-origin';
import { registerIpcHandlers } from './ipc-registration';
import { openMainWindow } from './main-window';
import { printReportPdf } from './print-report-pdf';
import { holdQuitUntilClosed } from './quit-after-close';
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

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox('Factmark could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
} else {
  // The first instance owns the store lock; it is told to come forward via 'second-instance'.
  app.quit();
}

async function start(): Promise<void> {
  guardAllWebContents(log);
  await app.whenReady();
  const storeDir = resolveStoreDir(process.argv, process.env, app.getPath('userData'));
  const services = await createAppServices({ storeDir, renderPdf: printReportPdf });
  app.on('before-quit', holdQuitUntilClosed(() => services.close(), () => app.quit(), (error) => log(`Closing the store failed: ${String(error)}`)));
  app.on('window-all-closed', () => app.quit());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  applySessionPolicy(session.defaultSession, rendererDir, log);
  registerIpcHandlers(ipcMain, services.dispatch, APP_ORIGIN);
  const main = openMainWindow(preloadPath, log);
  app.on('second-instance', () => main.focus());
  services.onCommand((command) => main.sendCommand(command));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDevelopment: !app.isPackaged,
        sendCommand: (command) => main.sendCommand(command),
        showStoreFolder: () => void shell.openPath(services.storeDir),
      }),
    ),
  );
}
