import { describe, expect, it } from 'vitest';
import { isBrowserKey, type BrowserKeyContext } from './browser-keys';
import { keyPress } from '../../../shared/commands/test-support/key-press';

const press = keyPress;

const linux: BrowserKeyContext = { platform: 'linux', host: 'browser', editable: false };
const inField: BrowserKeyContext = { ...linux, editable: true };

describe('isBrowserKey', () => {
  it.each([
    ['F5', press('F5')],
    ['Ctrl+R', press('r', { ctrlKey: true })],
    ['Ctrl+Shift+R', press('R', { ctrlKey: true, shiftKey: true })],
    ['Ctrl+W', press('w', { ctrlKey: true })],
    ['Ctrl+T', press('t', { ctrlKey: true })],
    ['Ctrl+N', press('n', { ctrlKey: true })],
    ['Ctrl+L', press('l', { ctrlKey: true })],
    ['Ctrl+E', press('e', { ctrlKey: true })],
    ['Ctrl+P', press('p', { ctrlKey: true })],
    ['Ctrl+F', press('f', { ctrlKey: true })],
    ['Ctrl+G', press('g', { ctrlKey: true })],
    ['Ctrl+Shift+G', press('G', { ctrlKey: true, shiftKey: true })],
    ['F3', press('F3')],
    ['Shift+F3', press('F3', { shiftKey: true })],
    ['Alt+←', press('ArrowLeft', { altKey: true })],
    ['Alt+→', press('ArrowRight', { altKey: true })],
    ['Backspace', press('Backspace')],
    ['the Back mouse key', press('BrowserBack')],
  ])('swallows %s outside fields', (_name, key) => {
    expect(isBrowserKey(key, linux)).toBe(true);
  });

  it('swallows window and navigation keys in a field too, where they have no text meaning', () => {
    expect(isBrowserKey(press('r', { ctrlKey: true }), inField)).toBe(true);
    expect(isBrowserKey(press('w', { ctrlKey: true }), inField)).toBe(true);
    expect(isBrowserKey(press('ArrowLeft', { altKey: true }), inField)).toBe(true);
  });

  it('leaves text keys to a focused field', () => {
    expect(isBrowserKey(press('Backspace'), inField)).toBe(false);
    expect(isBrowserKey(press('ArrowLeft', { altKey: true }), { ...inField, platform: 'mac' })).toBe(false);
    expect(isBrowserKey(press('ArrowLeft', { metaKey: true }), { ...inField, platform: 'mac' })).toBe(false);
  });

  it('swallows the find keys in a field too, so the browser’s find bar never opens over the app', () => {
    expect(isBrowserKey(press('f', { ctrlKey: true }), inField)).toBe(true);
    expect(isBrowserKey(press('F3'), inField)).toBe(true);
    expect(isBrowserKey(press('g', { metaKey: true }), { ...inField, platform: 'mac' })).toBe(true);
  });

  it('leaves editing and zoom keys alone', () => {
    for (const key of ['c', 'v', 'x', 'a', 'z', 'y', '=', '-', '0']) expect(isBrowserKey(press(key, { ctrlKey: true }), linux)).toBe(false);
    expect(isBrowserKey(press('j'), linux)).toBe(false);
    expect(isBrowserKey(press('ArrowLeft'), linux)).toBe(false);
  });

  it('reads Cmd as the browser’s modifier on macOS, and lets Electron’s native menu have Cmd+W', () => {
    const mac: BrowserKeyContext = { platform: 'mac', host: 'browser', editable: false };
    expect(isBrowserKey(press('w', { metaKey: true }), mac)).toBe(true);
    expect(isBrowserKey(press('[', { code: 'BracketLeft', metaKey: true }), mac)).toBe(true);
    expect(isBrowserKey(press('ArrowLeft', { metaKey: true }), mac)).toBe(true);
    expect(isBrowserKey(press('w', { metaKey: true }), { ...mac, host: 'electron' })).toBe(false);
    expect(isBrowserKey(press('q', { metaKey: true }), { ...mac, host: 'electron' })).toBe(false);
  });

  it('matches letters by their physical key on other layouts', () => {
    expect(isBrowserKey(press('к', { code: 'KeyR', ctrlKey: true }), linux)).toBe(true);
  });
});
