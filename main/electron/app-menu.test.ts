import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../shared/ipc/channels';
import { buildMenuTemplate, type MenuContext } from './app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuContext> = {}) {
  const sendCommand = vi.fn<(command: AppCommand) => void>();
  const context: MenuContext = { platform: 'linux', isDevelopment: false, sendCommand, showStoreFolder: vi.fn(), ...overrides };
  return { items: flatten(buildMenuTemplate(context)), sendCommand };
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it.each([
    ['&Open…', 'CmdOrCtrl+O', 'open-file'],
    ['&Paste as New Article', 'CmdOrCtrl+Shift+V', 'paste-text'],
    ['&Library', 'CmdOrCtrl+L', 'show-library'],
    ['&Undo', 'CmdOrCtrl+Z', 'undo'],
    ['&Redo', 'Ctrl+Y', 'redo'],
    ['Toggle &Sidebar', 'CmdOrCtrl+B', 'toggle-sidebar'],
    ['&Export…', 'CmdOrCtrl+E', 'export-document'],
    ['&Settings…', 'CmdOrCtrl+,', 'show-settings'],
  ])('sends %s (%s) to the renderer as "%s"', (label, accelerator, appCommand) => {
    const { items, sendCommand } = build();
    const item = items.find((entry) => entry.label === label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sendCommand).toHaveBeenCalledWith(appCommand);
  });

  it.each([
    ['Import &Colleague’s Annotations…', 'import-colleague'],
    ['Import New &Version…', 'import-version'],
    ['&Review Mode', 'toggle-review'],
    ['&Claims Table', 'show-claims'],
    ['Su&ggestions', 'show-suggestions'],
  ])('sends %s to the renderer as "%s"', (label, appCommand) => {
    const { items, sendCommand } = build();
    click(items.find((entry) => entry.label === label));
    expect(sendCommand).toHaveBeenCalledWith(appCommand);
  });

  it('uses no native undo or redo role, so undo means the analyst’s tagging history', () => {
    const roles = build().items.map((item) => item.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers reload and developer tools only in development', () => {
    expect(build().items.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(build({ isDevelopment: true }).items.map((item) => item.role)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('follows macOS conventions there: app menu first, Cmd+Shift+Z for redo', () => {
    const template = buildMenuTemplate({ platform: 'darwin', isDevelopment: false, sendCommand: vi.fn(), showStoreFolder: vi.fn() });
    expect(template[0]?.role).toBe('appMenu');
    expect(flatten(template).find((item) => item.label === '&Redo')?.accelerator).toBe('Cmd+Shift+Z');
  });

  it('reveals the store folder from Help', () => {
    const showStoreFolder = vi.fn();
    click(build({ showStoreFolder }).items.find((item) => item.label === 'Show &Data Folder'));
    expect(showStoreFolder).toHaveBeenCalledOnce();
  });
});
