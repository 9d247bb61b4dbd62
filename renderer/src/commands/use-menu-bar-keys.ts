import { useEffect, useRef } from 'react';
import type { Platform } from '../../../shared/commands';

/** What the menu bar does when the window-wide keys ask for it. */
export type MenuBarKeyActions = {
  /** Alt pressed and released alone, or F10: into the menu bar, or back out of it. */
  toggle(): void;
  /** Alt+letter: open the menu whose mnemonic is `letter`; false when none has it. */
  openByMnemonic(letter: string): boolean;
};

/**
 * Listens, on the whole window and before anything else, for the keys that reach the menu bar as
 * on a desktop: F10, and Alt pressed and released with nothing in between (a click or another
 * key in between, as in Alt+drag or Alt+←, cancels it); Alt+letter opens a menu, except on macOS,
 * where Option+letter types characters. Nothing happens while a modal dialog is open: the menu
 * bar is inert behind it.
 */
export function useMenuBarKeys(platform: Platform, actions: MenuBarKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    let altAlone = false;
    const dialogOpen = () => document.querySelector('dialog[open]') !== null;
    const onKeyDown = (event: KeyboardEvent) => {
      altAlone = event.key === 'Alt' && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (dialogOpen() || event.isComposing) return;
      if (event.key === 'F10' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        latest.current.toggle();
        return;
      }
      const letter = /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase();
      if (
        platform !== 'mac' &&
        letter &&
        event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.shiftKey &&
        latest.current.openByMnemonic(letter)
      ) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Alt' || !altAlone) return;
      altAlone = false;
      if (dialogOpen()) return;
      event.preventDefault();
      latest.current.toggle();
    };
    const cancel = () => {
      altAlone = false;
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pointerdown', cancel, true);
    window.addEventListener('blur', cancel);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pointerdown', cancel, true);
      window.removeEventListener('blur', cancel);
    };
  }, [platform]);
}
