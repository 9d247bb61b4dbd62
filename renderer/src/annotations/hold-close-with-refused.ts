/** What closing the page looks like to the guard; `window` in the app. */
export type UnloadTarget = {
  addEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void;
  removeEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void;
};

/**
 * In the Chromium window (Electron's main process asks with a dialog of its own), closing the
 * window while the store refuses the page's changes (a full disk) is held once: the window
 * stays, `onHeld` tells the analyst why and that closing again quits without them. The
 * browser's own "Leave site?" prompt is answered "stay" by the host, so the app's message is the
 * one the analyst sees. Returns the uninstall function.
 */
export function holdCloseWithRefusedChanges(target: UnloadTarget, hasRefusedChanges: () => boolean, onHeld: () => void): () => void {
  let heldOnce = false;
  const listener = (event: BeforeUnloadEvent) => {
    if (!hasRefusedChanges() || heldOnce) return;
    heldOnce = true;
    event.preventDefault();
    // Chromium still reads returnValue to decide that the page asked to stay.
    event.returnValue = '';
    onHeld();
  };
  target.addEventListener('beforeunload', listener);
  return () => target.removeEventListener('beforeunload', listener);
}
