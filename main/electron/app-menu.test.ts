import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, normalizeAccelerator, plainLabel, type SentCommandId } from '../../shared/commands';
import { buildMenuTemplate, type MenuContext } from './app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuContext> = {}) {
  const sendCommand = vi.fn<(command: SentCommandId) => void>();
  const context: MenuContext = { platform: 'linux', isDevelopment: false, sendCommand, showStoreFolder: vi.fn(), ...overrides };
  const template = buildMenuTemplate(context);
  return { template, items: flatten(template), sendCommand };
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

const ROLE_OF = { cut: 'cut', copy: 'copy', paste: 'paste', selectAll: 'selectAll', quit: 'quit' } as const;

describe('buildMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('reaches every registry command on %s', (platform) => {
    const { items, sendCommand } = build({ platform });
    const roles = items.map((item) => item.role);
    for (const command of COMMANDS) {
      if (command.role) {
        // macOS keeps Quit in its app menu role, which Electron fills in with ⌘Q.
        if (platform === 'darwin' && command.role === 'quit') expect(roles).toContain('appMenu');
        else expect(roles).toContain(ROLE_OF[command.role]);
        continue;
      }
      sendCommand.mockClear();
      click(items.find((item) => item.id === command.id));
      expect(sendCommand).toHaveBeenCalledWith(command.id);
    }
  });

  it.each(['linux', 'win32', 'darwin'] as const)('registers each accelerator once on %s', (platform) => {
    const registered = build({ platform })
      .items.filter((item) => item.accelerator && item.registerAccelerator !== false)
      .map((item) => normalizeAccelerator(String(item.accelerator)));
    expect(registered.length).toBeGreaterThan(8);
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('shows the File menu’s accelerators where analysts know them', () => {
    const { items } = build();
    const accelerator = (id: string) => items.find((item) => item.id === id)?.accelerator;
    expect(accelerator('open-file')).toBe('CmdOrCtrl+O');
    expect(accelerator('paste-text')).toBe('CmdOrCtrl+Shift+V');
    expect(accelerator('export-document')).toBe('CmdOrCtrl+E');
    expect(accelerator('show-library')).toBe('CmdOrCtrl+L');
    expect(accelerator('show-settings')).toBe('CmdOrCtrl+,');
    expect(accelerator('show-palette')).toBe('CmdOrCtrl+Shift+P');
  });

  it('shows a reader key beside its item on Linux without taking it from text fields, and leaves it off on macOS', () => {
    const review = build().items.find((item) => item.id === 'toggle-review');
    expect(review).toMatchObject({ accelerator: 'R', registerAccelerator: false });
    expect(build({ platform: 'darwin' }).items.find((item) => item.id === 'toggle-review')?.accelerator).toBeUndefined();
  });

  it('sends Undo and Redo to the renderer, which routes them to a focused field or to the annotations', () => {
    const { items, sendCommand } = build();
    const roles = items.map((item) => item.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    click(items.find((item) => item.id === 'undo'));
    expect(sendCommand).toHaveBeenCalledWith('undo');
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('follows Windows and Linux conventions: Exit / Quit closes the app, Ctrl+Y redoes', () => {
    expect(build({ platform: 'win32' }).items.find((item) => item.role === 'quit')?.label).toBe('E&xit');
    expect(build().items.find((item) => item.role === 'quit')?.label).toBe('&Quit Factmark');
    expect(build().items.find((item) => item.id === 'redo')?.accelerator).toBe('Ctrl+Y');
  });

  it('follows macOS conventions: app menu first, Window menu before Help, Cmd+Shift+Z for redo, Close in File', () => {
    const { template, items } = build({ platform: 'darwin' });
    expect(template.map((menu) => menu.role ?? plainLabel(String(menu.label)))).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'Review',
      'windowMenu',
      'help',
    ]);
    expect(items.find((item) => item.id === 'redo')?.accelerator).toBe('Cmd+Shift+Z');
    expect(items.map((item) => item.role)).toContain('close');
  });

  it('offers reload and developer tools only in development', () => {
    expect(build().items.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(build({ isDevelopment: true }).items.map((item) => item.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('reveals the store folder from Help', () => {
    const showStoreFolder = vi.fn();
    click(build({ showStoreFolder }).items.find((item) => item.label === 'Show &Data Folder'));
    expect(showStoreFolder).toHaveBeenCalledOnce();
  });
});
