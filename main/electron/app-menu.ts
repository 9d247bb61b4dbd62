import type { MenuItemConstructorOptions } from 'electron';
import {
  acceleratorFor,
  commandsIn,
  labelFor,
  MENU_NAMES,
  platformOf,
  type Command,
  type MenuName,
  type SentCommandId,
} from '../../shared/commands';

/** What the menu needs from the running shell. */
export type MenuContext = {
  platform: NodeJS.Platform;
  /** Adds Reload and Developer Tools to the View menu; false in packaged builds. */
  isDevelopment: boolean;
  /** Forwards a command to the renderer, which owns the behaviour (dialogs, undo history). */
  sendCommand(command: SentCommandId): void;
  /** Reveals the folder holding the analyst's store, for backups. */
  showStoreFolder(): void;
};

const MENU_LABELS: Record<MenuName, string> = { File: '&File', Edit: '&Edit', View: '&View', Review: '&Review', Help: '&Help' };

/**
 * Builds the application menu from the command registry (shared/commands), the same list the
 * in-app menu bar, the palette and the help are drawn from.
 *
 * Undo and Redo are not the native roles: they send the command, and the renderer routes it by
 * where focus is — `document.execCommand('undo')` on a focused text field, the annotation history
 * elsewhere, nothing on a dialog's button. A role cannot do that: on macOS `undo:` only reaches
 * the focused field (so the menu could never undo a tag), and a custom item alone (as before)
 * took Cmd+Z from every field. Electron runs a menu accelerator only when the page did not
 * handle the keydown, so keys the renderer handles itself are not run twice; on Windows and
 * Linux Chromium's own Ctrl+Z handling in a field consumes the key first, and the command path
 * gives the same result when it does not.
 *
 * Cut, Copy, Paste and Select All stay native roles, as does Quit. Commands enabled only in some
 * states (an open article) are always enabled here — the native menu cannot ask the renderer
 * synchronously — and the renderer, which evaluates the registry's condition, ignores or
 * explains the ones that cannot run. Reader keys without modifiers (R, T, ?) are shown beside
 * their items on Windows and Linux but never registered, so typing them in a field still types.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const platform = platformOf(context.platform);
  const isMac = platform === 'mac';

  const itemFor = (command: Command): MenuItemConstructorOptions => {
    const label = labelFor(command, platform);
    const accelerator = acceleratorFor(command, platform);
    if (command.role === 'quit') {
      // On macOS Quit lives in the app menu; File ends with Close Window there instead.
      return isMac ? { role: 'close' } : { role: 'quit', label, ...(accelerator && { accelerator }) };
    }
    if (command.role) return { role: command.role, label, ...(accelerator && { accelerator }) };
    const keys = accelerator
      ? { accelerator }
      : command.readerKey && !isMac
        ? { accelerator: command.readerKey, registerAccelerator: false }
        : {};
    const id = command.id;
    return { id, label, ...keys, click: () => context.sendCommand(id) };
  };

  const itemsOf = (menu: MenuName): MenuItemConstructorOptions[] => {
    const items: MenuItemConstructorOptions[] = [];
    let group: number | null = null;
    for (const command of commandsIn(menu)) {
      if (group !== null && command.group !== group) items.push({ type: 'separator' });
      group = command.group;
      items.push(itemFor(command));
    }
    return items;
  };

  const developer: MenuItemConstructorOptions[] = context.isDevelopment
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  // Window-level extras the operating system performs; Ctrl+= / Ctrl+- / Ctrl+0 are View › Larger Text…, which zoom the reading text only.
  const extras: Partial<Record<MenuName, MenuItemConstructorOptions[]>> = {
    View: [{ type: 'separator' }, ...developer, { type: 'separator' }, { role: 'togglefullscreen' }],
    Help: [
      { type: 'separator' },
      { label: 'Show &Data Folder', click: () => context.showStoreFolder() },
      ...(isMac ? [] : [{ role: 'about' as const, label: '&About Factmark' }]),
    ],
  };

  const menus: MenuItemConstructorOptions[] = MENU_NAMES.map((menu) => ({
    label: MENU_LABELS[menu],
    ...(isMac && menu === 'Help' && { role: 'help' as const }),
    submenu: [...itemsOf(menu), ...(extras[menu] ?? [])],
  }));
  if (!isMac) return menus;
  // macOS: the app menu first (About, Hide, Quit ⌘Q), and the standard Window menu (Minimize ⌘M, Zoom, Bring All to Front) before Help.
  return [{ role: 'appMenu' }, ...menus.slice(0, -1), { role: 'windowMenu' }, ...menus.slice(-1)];
}
