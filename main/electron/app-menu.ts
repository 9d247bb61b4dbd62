import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/channels';

/** What the menu needs from the running shell. */
export type MenuContext = {
  platform: NodeJS.Platform;
  /** Adds Reload and Developer Tools to the View menu; false in packaged builds. */
  isDevelopment: boolean;
  /** Forwards a command to the renderer, which owns the behaviour (dialogs, undo history). */
  sendCommand(command: AppCommand): void;
  /** Reveals the folder holding the analyst's store, for backups. */
  showStoreFolder(): void;
};

/**
 * Builds the application menu. Commands the renderer owns (open, paste, library, undo, redo,
 * sidebar) are sent to it as app commands instead of native roles, so the menu and the
 * renderer's own shortcuts reach the same code. Their accelerators stay registered: Electron only
 * runs a menu accelerator when the page did not handle the keydown, so a shortcut the renderer
 * already handles (and prevents) is not run twice. Cut, copy, paste and select-all stay native
 * so text fields keep working, on macOS especially.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const command = (label: string, accelerator: string, appCommand: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => context.sendCommand(appCommand),
  });

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('&Open…', 'CmdOrCtrl+O', 'open-file'),
      command('&Paste as New Article', 'CmdOrCtrl+Shift+V', 'paste-text'),
      { label: 'Import New &Version…', click: () => context.sendCommand('import-version') },
      command('&Library', 'CmdOrCtrl+L', 'show-library'),
      { label: 'Import &Colleague’s Annotations…', click: () => context.sendCommand('import-colleague') },
      command('&Export…', 'CmdOrCtrl+E', 'export-document'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('&Undo', 'CmdOrCtrl+Z', 'undo'),
      command('&Redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', 'redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('&Settings…', 'CmdOrCtrl+,', 'show-settings'),
    ],
  };
  const developer: MenuItemConstructorOptions[] = context.isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Toggle &Sidebar', 'CmdOrCtrl+B', 'toggle-sidebar'),
      // The reader's key is R; a bare-letter accelerator would fire in text fields too.
      { label: '&Review Mode', click: () => context.sendCommand('toggle-review') },
      { label: '&Claims Table', click: () => context.sendCommand('show-claims') },
      { label: 'Su&ggestions', click: () => context.sendCommand('show-suggestions') },
      { type: 'separator' },
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [
      { label: 'Show &Data Folder', click: () => context.showStoreFolder() },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: '&About Factmark' }]),
    ],
  };
  return [...(isMac ? [{ role: 'appMenu' as const }] : []), file, edit, view, help];
}
