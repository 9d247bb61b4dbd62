import { TAGS, type Tag } from '../../../shared/model/annotation';

/** Everything a key can ask of the app. */
export type KeyCommand =
  | { type: 'toggle-tag'; tag: Tag }
  | { type: 'change-tag'; tag: Tag }
  | { type: 'remove-tags' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'move-cursor'; delta: 1 | -1; extend: boolean }
  | { type: 'clear-selection' }
  | { type: 'edit-note' }
  | { type: 'leave-note' }
  | { type: 'show-help' }
  | { type: 'show-settings' }
  | { type: 'open-file' }
  | { type: 'paste-text' }
  | { type: 'show-library' }
  | { type: 'edit-claim' }
  | { type: 'link-claim' }
  | { type: 'show-claims' }
  | { type: 'show-suggestions' }
  | { type: 'accept-suggestion' }
  | { type: 'dismiss-suggestion' }
  | { type: 'toggle-review' }
  | { type: 'step-disagreement'; delta: 1 | -1 };

/** The parts of a KeyboardEvent that decide the command. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Where focus is: in a note field only undo/redo are the app's (so typing works); on the
 * article or the page, every reading key is; on other controls, arrows stay with the control.
 */
export type KeyTarget = 'article' | 'note' | 'control';

/** Fact-checking keys: V claim record or sources, L link, T claims table, S suggestions, A/X accept/dismiss. */
const CLAIM_KEYS: Partial<Record<string, 'edit-claim' | 'link-claim' | 'show-claims' | 'show-suggestions' | 'accept-suggestion' | 'dismiss-suggestion'>> = {
  v: 'edit-claim',
  l: 'link-claim',
  t: 'show-claims',
  s: 'show-suggestions',
  a: 'accept-suggestion',
  x: 'dismiss-suggestion',
};

function tagOfDigit(press: KeyPress): Tag | undefined {
  const digit = /^(?:Digit|Numpad)([1-3])$/.exec(press.code)?.[1] ?? (/^[1-3]$/.test(press.key) ? press.key : undefined);
  return digit ? TAGS[Number(digit) - 1] : undefined;
}

/** The command a key press asks for in the reader or the library, or null for none. */
export function commandForKey(press: KeyPress, target: KeyTarget): KeyCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (mod && !press.altKey) {
    if (key === 'z') return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !press.shiftKey) return { type: 'redo' };
    if (target === 'note') return null;
    if (key === 'o' && !press.shiftKey) return { type: 'open-file' };
    if (key === 'v' && press.shiftKey) return { type: 'paste-text' };
    if (press.key === ',' && !press.shiftKey) return { type: 'show-settings' };
    return null;
  }
  if (target === 'note') return press.key === 'Escape' && !mod ? { type: 'leave-note' } : null;
  if (mod) return null;
  if (press.altKey) return press.key === 'ArrowLeft' ? { type: 'show-library' } : null;
  const tag = tagOfDigit(press);
  if (tag) return press.shiftKey ? { type: 'change-tag', tag } : { type: 'toggle-tag', tag };
  const arrows = target === 'article';
  if (key === 'j' || (arrows && press.key === 'ArrowDown')) return { type: 'move-cursor', delta: 1, extend: press.shiftKey };
  if (key === 'k' || (arrows && press.key === 'ArrowUp')) return { type: 'move-cursor', delta: -1, extend: press.shiftKey };
  if (press.key === 'Delete' || press.key === 'Backspace') return { type: 'remove-tags' };
  if (press.key === 'Escape') return { type: 'clear-selection' };
  if (press.key === '?') return { type: 'show-help' };
  if (key === 'n' && !press.shiftKey) return { type: 'edit-note' };
  if (press.key === ']' || press.key === '[') return { type: 'step-disagreement', delta: press.key === ']' ? 1 : -1 };
  if (key === 'r' && !press.shiftKey) return { type: 'toggle-review' };
  if (press.shiftKey) return null;
  const claims = CLAIM_KEYS[key];
  if (claims) return { type: claims };
  return null;
}
