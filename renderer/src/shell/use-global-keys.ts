import { useLayoutEffect } from 'react';
import type { Platform } from '../../../shared/commands';
import { commandForKey, type KeyCommand, type KeyTarget } from '../keys/key-commands';
import { wasGuarded } from '../keys/use-browser-key-guard';

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
 * Listens for the app's keys on the window and runs their commands while `enabled` (no modal
 * dialog open). `run` gets the key's timestamp so tagging can be timed to paint. A key a
 * component already handled is left alone; one the browser-key guard cancelled still runs.
 */
export function useGlobalKeys(enabled: boolean, platform: Platform, run: (command: KeyCommand, startedAt: number) => void): void {
  // Registered before the first paint, so a key pressed as soon as the UI shows is heard.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.defaultPrevented && !wasGuarded(event)) || event.isComposing) return;
      const command = commandForKey(event, targetOf(event.target), platform);
      if (!command) return;
      event.preventDefault();
      run(command, event.timeStamp);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, platform, run]);
}
