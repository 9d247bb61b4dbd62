import { useLayoutEffect } from 'react';
import type { Platform } from '../../../shared/commands';
import { isTextField } from './focus-kind';
import { isBrowserKey, type Host } from './browser-keys';

const guarded = new WeakSet<Event>();

/**
 * Whether a key event's default was cancelled only by the browser-key guard (not by a component
 * that handled it), so the app's own command for that key (Ctrl+E, Alt+←) still runs.
 */
export function wasGuarded(event: Event): boolean {
  return guarded.has(event);
}

/**
 * Cancels, before anything else hears them and whatever has focus (dialogs included), the keys
 * with which the browser around the app would reload, close, open a window, navigate away or
 * open its own find bar (`isBrowserKey`), so they can never lose the analyst's state or cover
 * the app's own find. The app's commands for those keys still run (see `wasGuarded`).
 */
export function useBrowserKeyGuard(platform: Platform, host: Host): void {
  // Registered before the first paint, like the app's keys.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isBrowserKey(event, { platform, host, editable: isTextField(document.activeElement) })) return;
      event.preventDefault();
      guarded.add(event);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [platform, host]);
}
