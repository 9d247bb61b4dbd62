import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, formatAccelerator, matchesAccelerator, normalizeAccelerator, platformOf } from './accelerator';
import { keyPress } from './test-support/key-press';

const press = keyPress;

describe('formatAccelerator', () => {
  it('spells accelerators the Windows and Linux way', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+P', 'linux')).toBe('Ctrl+Shift+P');
    expect(formatAccelerator('CmdOrCtrl+,', 'windows')).toBe('Ctrl+,');
    expect(formatAccelerator('Alt+Left', 'linux')).toBe('Alt+←');
  });

  it('uses the macOS symbols in Apple’s order', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+P', 'mac')).toBe('⇧⌘P');
    expect(formatAccelerator('Cmd+Shift+Z', 'mac')).toBe('⇧⌘Z');
    expect(formatAccelerator('Alt+Left', 'mac')).toBe('⌥←');
  });

  it('shows a bare key as itself', () => {
    expect(formatAccelerator('?', 'mac')).toBe('?');
    expect(formatAccelerator('T', 'linux')).toBe('T');
  });
});

describe('matchesAccelerator', () => {
  it('takes Ctrl or Cmd for CmdOrCtrl, and requires Shift exactly', () => {
    expect(matchesAccelerator('CmdOrCtrl+E', press('e', { ctrlKey: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+E', press('e', { metaKey: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+E', press('E', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', press('P', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+E', press('e'))).toBe(false);
  });

  it('matches letters by their physical key on other layouts', () => {
    expect(matchesAccelerator('CmdOrCtrl+K', press('л', { code: 'KeyK', ctrlKey: true }))).toBe(true);
  });

  it('names arrows and punctuation as Electron does', () => {
    expect(matchesAccelerator('Alt+Left', press('ArrowLeft', { altKey: true }))).toBe(true);
    expect(matchesAccelerator('Alt+Left', press('ArrowRight', { altKey: true }))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+,', press(',', { code: 'Comma', ctrlKey: true }))).toBe(true);
    expect(matchesAccelerator('?', press('?', { code: 'Slash', shiftKey: true }))).toBe(true);
  });
});

describe('normalizeAccelerator', () => {
  it('gives one identity to spellings of the same keys', () => {
    expect(normalizeAccelerator('Shift+CmdOrCtrl+z')).toBe(normalizeAccelerator('Cmd+Shift+Z'));
    expect(normalizeAccelerator('CmdOrCtrl+Z')).not.toBe(normalizeAccelerator('CmdOrCtrl+Shift+Z'));
  });
});

describe('platformOf', () => {
  it('maps Node’s platform names', () => {
    expect(platformOf('darwin')).toBe('mac');
    expect(platformOf('win32')).toBe('windows');
    expect(platformOf('freebsd')).toBe('linux');
  });
});

describe('ariaKeyShortcut', () => {
  it('names the keys as aria-keyshortcuts does', () => {
    expect(ariaKeyShortcut('CmdOrCtrl+Shift+P', 'linux')).toBe('Control+Shift+P');
    expect(ariaKeyShortcut('CmdOrCtrl+E', 'mac')).toBe('Meta+E');
    expect(ariaKeyShortcut('Alt+Left', 'windows')).toBe('Alt+ArrowLeft');
  });
});
