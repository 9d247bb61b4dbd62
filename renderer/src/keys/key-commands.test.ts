import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from './key-commands';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...more,
});

describe('commandForKey', () => {
  it('toggles tags with 1, 2 and 3', () => {
    expect(commandForKey(press('1'), 'article')).toEqual({ type: 'toggle-tag', tag: 'claim' });
    expect(commandForKey(press('3'), 'control')).toEqual({ type: 'toggle-tag', tag: 'evidence' });
    expect(commandForKey(press('1', { code: 'Numpad1' }), 'article')).toEqual({ type: 'toggle-tag', tag: 'claim' });
  });

  it('changes tags with Shift and the digit key, whatever character the layout types', () => {
    expect(commandForKey(press('@', { code: 'Digit2', shiftKey: true }), 'article')).toEqual({ type: 'change-tag', tag: 'denial' });
    expect(commandForKey(press('"', { code: 'Digit2', shiftKey: true }), 'article')).toEqual({ type: 'change-tag', tag: 'denial' });
  });

  it('moves and extends the sentence cursor with J/K and the arrows on the article', () => {
    expect(commandForKey(press('j'), 'article')).toEqual({ type: 'move-cursor', delta: 1, extend: false });
    expect(commandForKey(press('K', { shiftKey: true }), 'article')).toEqual({ type: 'move-cursor', delta: -1, extend: true });
    expect(commandForKey(press('ArrowDown', { code: 'ArrowDown', shiftKey: true }), 'article')).toEqual({
      type: 'move-cursor',
      delta: 1,
      extend: true,
    });
    expect(commandForKey(press('ArrowDown', { code: 'ArrowDown' }), 'control')).toBeNull();
  });

  it('maps undo and redo everywhere, including in a note', () => {
    expect(commandForKey(press('z', { ctrlKey: true }), 'note')).toEqual({ type: 'undo' });
    expect(commandForKey(press('Z', { ctrlKey: true, shiftKey: true }), 'note')).toEqual({ type: 'redo' });
    expect(commandForKey(press('y', { metaKey: true }), 'article')).toEqual({ type: 'redo' });
  });

  it('leaves typing in a note alone', () => {
    expect(commandForKey(press('1'), 'note')).toBeNull();
    expect(commandForKey(press('j'), 'note')).toBeNull();
    expect(commandForKey(press('Backspace', { code: 'Backspace' }), 'note')).toBeNull();
    expect(commandForKey(press('v', { ctrlKey: true, shiftKey: true }), 'note')).toBeNull();
  });

  it('goes to the note with N and back to the article with Escape', () => {
    expect(commandForKey(press('n'), 'article')).toEqual({ type: 'edit-note' });
    expect(commandForKey(press('Escape', { code: 'Escape' }), 'note')).toEqual({ type: 'leave-note' });
  });

  it('maps removal, clearing, help, import and navigation', () => {
    expect(commandForKey(press('Delete', { code: 'Delete' }), 'article')).toEqual({ type: 'remove-tags' });
    expect(commandForKey(press('Escape', { code: 'Escape' }), 'article')).toEqual({ type: 'clear-selection' });
    expect(commandForKey(press('?', { code: 'Slash', shiftKey: true }), 'article')).toEqual({ type: 'show-help' });
    expect(commandForKey(press('o', { ctrlKey: true }), 'control')).toEqual({ type: 'open-file' });
    expect(commandForKey(press('V', { ctrlKey: true, shiftKey: true }), 'article')).toEqual({ type: 'paste-text' });
    expect(commandForKey(press(',', { code: 'Comma', ctrlKey: true }), 'control')).toEqual({ type: 'show-settings' });
    expect(commandForKey(press(',', { code: 'Comma', ctrlKey: true }), 'note')).toEqual({ type: 'show-settings' });
    expect(commandForKey(press('ArrowLeft', { code: 'ArrowLeft', altKey: true }), 'article')).toEqual({ type: 'show-library' });
    expect(commandForKey(press('c', { ctrlKey: true }), 'article')).toBeNull();
  });
});

describe('registry accelerators', () => {
  it('runs the menu commands from their accelerators outside notes', () => {
    expect(commandForKey(press('e', { ctrlKey: true }), 'article')).toEqual({ type: 'export-document' });
    expect(commandForKey(press('l', { ctrlKey: true }), 'control')).toEqual({ type: 'show-library' });
    expect(commandForKey(press('b', { ctrlKey: true }), 'article')).toEqual({ type: 'toggle-sidebar' });
    expect(commandForKey(press('P', { ctrlKey: true, shiftKey: true }), 'article')).toEqual({ type: 'show-palette' });
    expect(commandForKey(press('k', { metaKey: true }), 'control', 'mac')).toEqual({ type: 'show-palette' });
  });

  it('runs from text fields only the accelerators that mean nothing while typing', () => {
    expect(commandForKey(press('e', { ctrlKey: true }), 'field')).toEqual({ type: 'export-document' });
    expect(commandForKey(press('k', { ctrlKey: true }), 'note')).toEqual({ type: 'show-palette' });
    expect(commandForKey(press('z', { ctrlKey: true }), 'field')).toBeNull();
    expect(commandForKey(press('V', { ctrlKey: true, shiftKey: true }), 'field')).toBeNull();
    expect(commandForKey(press('b', { ctrlKey: true }), 'note')).toBeNull();
    expect(commandForKey(press('ArrowLeft', { code: 'ArrowLeft', altKey: true }), 'field')).toBeNull();
    expect(commandForKey(press('j'), 'field')).toBeNull();
    expect(commandForKey(press('Escape', { code: 'Escape' }), 'field')).toBeNull();
  });
});

describe('review keys', () => {
  it('toggles review mode with R and walks the disagreements with ] and [, but not while writing a note', () => {
    expect(commandForKey(press('r'), 'article')).toEqual({ type: 'toggle-review' });
    expect(commandForKey(press(']', { code: 'BracketRight' }), 'article')).toEqual({ type: 'step-disagreement', delta: 1 });
    expect(commandForKey(press('[', { code: 'BracketLeft' }), 'control')).toEqual({ type: 'step-disagreement', delta: -1 });
    expect(commandForKey(press('r'), 'note')).toBeNull();
    expect(commandForKey(press(']', { code: 'BracketRight' }), 'note')).toBeNull();
  });
});
