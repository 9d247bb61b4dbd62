import { findBridge } from '../ipc/client';

/**
 * Hears main tell the window that the library changed behind its back (the hourly watch gave an
 * article a new version, a colleague added one); returns the unsubscribe function. Outside the
 * app's page nothing is heard.
 */
export function onLibraryNews(listener: () => void): () => void {
  const bridge = findBridge();
  if (!bridge) return () => {};
  return bridge.onCommand((command) => {
    if (command === 'library-changed') listener();
  });
}
