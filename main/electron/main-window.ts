import { BrowserWindow } from 'electron';
import { COMMAND_EVENT, type AppCommand } from '../../shared/ipc/channels';
import { APP_ENTRY_URL } from '../app-page/app-origin';
import { createWindowOptions } from './window-options';

/** Factmark's window and the one way main talks to its page unprompted. */
export type MainWindow = {
  window: BrowserWindow;
  sendCommand(command: AppCommand): void;
  /** Brings the window to the front, restoring it if minimised (a second launch does this). */
  focus(): void;
};

/**
 * Opens the app window and starts loading the app origin; the window shows itself once its
 * first paint is ready. A failed load is reported through `log` (the window stays, so the
 * analyst can reload from the menu).
 */
export function openMainWindow(preloadPath: string, log: (message: string) => void): MainWindow {
  const window = new BrowserWindow(createWindowOptions(preloadPath));
  // Windows and Linux draw the app menu inside the window; the page draws the same menu bar
  // (from the one command registry), so the native one is hidden, not removed: its
  // accelerators still fire. Not autoHideMenuBar, which would bring it back on Alt.
  if (process.platform !== 'darwin') window.setMenuBarVisibility(false);
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log(`Loading ${APP_ENTRY_URL} failed: ${String(error)}`));
  return {
    window,
    sendCommand: (command) => {
      if (!window.isDestroyed()) window.webContents.send(COMMAND_EVENT, command);
    },
    focus: () => {
      if (window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
  };
}
