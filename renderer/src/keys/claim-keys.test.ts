import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from './key-commands';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: `Key${key.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...more,
});

describe('fact-checking keys', () => {
  it('maps V, L, T, S, A and X on the article and on controls', () => {
    expect(commandForKey(press('v'), 'article')).toEqual({ type: 'edit-claim' });
    expect(commandForKey(press('l'), 'article')).toEqual({ type: 'link-claim' });
    expect(commandForKey(press('t'), 'control')).toEqual({ type: 'show-claims' });
    expect(commandForKey(press('s'), 'article')).toEqual({ type: 'show-suggestions' });
    expect(commandForKey(press('a'), 'article')).toEqual({ type: 'accept-suggestion' });
    expect(commandForKey(press('x'), 'article')).toEqual({ type: 'dismiss-suggestion' });
  });

  it('leaves them to the field while typing a note, and to the menus or the system with Ctrl or Shift', () => {
    expect(commandForKey(press('a'), 'note')).toBeNull();
    expect(commandForKey(press('l', { ctrlKey: true }), 'article')).toEqual({ type: 'show-library' });
    expect(commandForKey(press('A', { shiftKey: true }), 'article')).toBeNull();
    expect(commandForKey(press('v', { ctrlKey: true }), 'article')).toBeNull();
  });
});
