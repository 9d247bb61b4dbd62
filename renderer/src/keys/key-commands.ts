import { commandForPress, findCommand, type CommandId, type KeyPress, type Platform } from '../../../shared/commands';
import { TAGS, type Tag } from '../../../shared/model/annotation';

export type { KeyPress } from '../../../shared/commands';

/** The reader's own actions: keys that act on the selection, the cursor and the sidebar, not in any menu. */
export type ReaderKeyCommand =
  | { type: 'toggle-tag'; tag: Tag }
  | { type: 'change-tag'; tag: Tag }
  | { type: 'remove-tags' }
  | { type: 'move-cursor'; delta: 1 | -1; extend: boolean }
  | { type: 'clear-selection' }
  | { type: 'edit-note' }
  | { type: 'leave-note' }
  | { type: 'edit-claim' }
  | { type: 'link-claim' }
  | { type: 'accept-suggestion' }
  | { type: 'dismiss-suggestion' }
  | { type: 'step-disagreement'; delta: 1 | -1 };

/** Everything a key can ask of the app: a registry command, or one of the reader's own actions. */
export type KeyCommand = { type: CommandId } | ReaderKeyCommand;

// A record, so a reader action missing here fails to compile.
const READER_KEY_TYPES: Record<ReaderKeyCommand['type'], true> = {
  'toggle-tag': true,
  'change-tag': true,
  'remove-tags': true,
  'move-cursor': true,
  'clear-selection': true,
  'edit-note': true,
  'leave-note': true,
  'edit-claim': true,
  'link-claim': true,
  'accept-suggestion': true,
  'dismiss-suggestion': true,
  'step-disagreement': true,
};

/** Tells a reader action from a registry command. */
export function isReaderKeyCommand(command: KeyCommand): command is ReaderKeyCommand {
  return Object.hasOwn(READER_KEY_TYPES, command.type);
}

/**
 * Where focus is: in a text field (`field`) only accelerators with no meaning while typing are the
 * app's; in a note the same plus undo/redo (notes are annotation history) and Escape; on the
 * article or the page, every reading key is; on other controls, arrows stay with the control.
 */
export type KeyTarget = 'article' | 'note' | 'field' | 'control';

/** Fact-checking keys: V claim record or sources, L link, T claims table, S suggestions, A/X accept/dismiss. */
const CLAIM_KEYS: Partial<
  Record<string, 'edit-claim' | 'link-claim' | 'show-claims' | 'show-suggestions' | 'accept-suggestion' | 'dismiss-suggestion'>
> = {
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

/**
 * The command a key press asks for in the reader or the library, or null for none. Keys with
 * Ctrl, Cmd or Alt come from the command registry (in a field only those that work there, in a
 * note those and undo/redo); bare keys are the reader's own, never in a field or a note.
 */
export function commandForKey(press: KeyPress, target: KeyTarget, platform: Platform = 'linux'): KeyCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (mod || press.altKey) {
    const id = commandForPress(press, platform);
    const typing = target === 'note' || target === 'field';
    // Alt+← moves by word in a macOS field, so only Ctrl/Cmd accelerators reach past one.
    if (id && (!typing || (mod && findCommand(id).worksInFields))) return { type: id };
    if (target === 'note' && (id === 'undo' || id === 'redo')) return { type: id };
    return target === 'note' && press.key === 'Escape' && !mod ? { type: 'leave-note' } : null;
  }
  if (target === 'field') return null;
  if (target === 'note') return press.key === 'Escape' ? { type: 'leave-note' } : null;
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
