import { useLayoutEffect, type RefObject } from 'react';
import type { CommandId, Platform } from '../../../shared/commands';
import { commandForKey, isReaderKeyCommand, type KeyTarget, type ReaderKeyCommand } from '../keys/key-commands';
import { wasGuarded } from '../keys/use-browser-key-guard';
import type { OpenReader } from './open-reader';

function targetOf(element: EventTarget | null): KeyTarget {
  if (!(element instanceof HTMLElement)) return 'article';
  if (element.closest('.reader-article')) return 'article';
  if (element.matches('textarea, input:not([type=checkbox]):not([type=radio]):not([type=button]), select, [contenteditable=true]')) {
    // Only note fields hand undo/redo to the app; other fields keep them, and every typing key.
    return element.hasAttribute('data-note-field') ? 'note' : 'field';
  }
  return element === document.body ? 'article' : 'control';
}

/** Focuses the note field of an annotation's card once the sidebar has rendered it. */
function focusNote(id: string | null): void {
  if (!id) return;
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLTextAreaElement>(`[data-testid="annotation-card"][data-annotation-id="${CSS.escape(id)}"] textarea`)
      ?.focus(),
  );
}

/** Where the app's keys go: the registry's commands, the open article (if any), review mode's disagreements. */
export interface KeyTargets {
  readonly reader: RefObject<OpenReader | null>;
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
  reader: OpenReader | null,
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
      return focusNote(session.cursor.noteTarget());
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
