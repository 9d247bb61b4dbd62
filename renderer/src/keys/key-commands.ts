import { useLayoutEffect, type RefObject } from 'react';
import { commandForPress, findCommand, type CommandId, type KeyPress, type Platform } from '../../../shared/commands';
import { TAGS, type Tag } from '../../../shared/model/annotation';
import { wasGuarded } from './use-browser-key-guard';

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

function targetOf(element: EventTarget | null): KeyTarget {
  if (!(element instanceof HTMLElement)) return 'article';
  if (element.closest('.reader-article')) return 'article';
  if (element.matches('textarea, input:not([type=checkbox]):not([type=radio]):not([type=button]), select, [contenteditable=true]')) {
    // Only note fields hand undo/redo to the app; other fields keep them, and every typing key.
    return element.hasAttribute('data-note-field') ? 'note' : 'field';
  }
  return element === document.body ? 'article' : 'control';
}

/**
 * Focuses the note field of an annotation's card once the sidebar has rendered it; where no card
 * is shown (review mode, the sidebar hidden) says where notes are written instead of doing nothing.
 */
function focusNote(id: string | null, notify: (notice: string) => void): void {
  if (!id) return;
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLTextAreaElement>(
      `[data-testid="annotation-card"][data-annotation-id="${CSS.escape(id)}"] textarea`,
    );
    if (field) field.focus();
    else notify('Notes are written on the annotation’s card: show the annotations sidebar (Ctrl+B) outside Review Mode (R)');
  });
}

/**
 * What the reader's own keys act on: the open article's session (tags, cursor, focus) and the
 * panels over it. The shell's `OpenReader` is one; it is described here, by what the keys call,
 * so this low module names no feature folder.
 */
export interface ReaderKeyTargets {
  readonly session: {
    toggleTag(tag: Tag, startedAt: number): void;
    changeTag(tag: Tag, startedAt: number): void;
    removeTags(): void;
    focusArticle(): void;
    notify(notice: string): void;
    readonly cursor: { move(delta: 1 | -1, extend: boolean): void; clear(): void; noteTarget(): string | null };
  };
  readonly claims: { openDetails(): void; openLinkPicker(): void };
  readonly suggestions: { accept(): void; dismiss(): void };
}

/** Where the app's keys go: the registry's commands, the open article (if any), review mode's disagreements. */
export interface KeyTargets {
  readonly reader: RefObject<ReaderKeyTargets | null>;
  readonly runRegistered: (id: CommandId) => void;
  readonly stepDisagreement: (delta: 1 | -1) => void;
}

/**
 * Runs one of the reader's own key actions against the open article: tagging goes straight to
 * the session, which asks before a linked claim goes; `startedAt` (the key's timestamp) times
 * tagging to paint.
 */
export function runReaderKey(
  command: ReaderKeyCommand,
  reader: ReaderKeyTargets | null,
  stepDisagreement: (delta: 1 | -1) => void,
  startedAt: number,
): void {
  if (command.type === 'step-disagreement') return stepDisagreement(command.delta);
  if (!reader) return;
  const { session, claims, suggestions } = reader;
  switch (command.type) {
    case 'toggle-tag':
      return session.toggleTag(command.tag, startedAt);
    case 'change-tag':
      return session.changeTag(command.tag, startedAt);
    case 'remove-tags':
      return session.removeTags();
    case 'move-cursor':
      return session.cursor.move(command.delta, command.extend);
    case 'clear-selection':
      return session.cursor.clear();
    case 'edit-note':
      return focusNote(session.cursor.noteTarget(), (notice) => session.notify(notice));
    case 'leave-note':
      return session.focusArticle();
    case 'edit-claim':
      return claims.openDetails();
    case 'link-claim':
      return claims.openLinkPicker();
    case 'accept-suggestion':
      return suggestions.accept();
    case 'dismiss-suggestion':
      return suggestions.dismiss();
  }
}

/**
 * Listens for the app's keys on the window and runs their commands while `enabled` (no modal
 * dialog open). A key a component already handled is left alone; one the browser-key guard
 * cancelled still runs.
 */
export function useGlobalKeys(enabled: boolean, platform: Platform, targets: KeyTargets): void {
  const { reader, runRegistered, stepDisagreement } = targets;
  // Registered before the first paint, so a key pressed as soon as the UI shows is heard.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.defaultPrevented && !wasGuarded(event)) || event.isComposing) return;
      const command = commandForKey(event, targetOf(event.target), platform);
      if (!command) return;
      event.preventDefault();
      if (isReaderKeyCommand(command)) runReaderKey(command, reader.current, stepDisagreement, event.timeStamp);
      else runRegistered(command.type);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, platform, reader, runRegistered, stepDisagreement]);
}
