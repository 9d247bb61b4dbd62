import type { KeyPress } from '../accelerator';

/** A key press as a keydown event reports it: `key` with no modifiers unless `more` adds them. */
export function keyPress(key: string, more: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...more,
  };
}
