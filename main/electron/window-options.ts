import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Options for Factmark's one window. The page is untrusted (it renders imported articles), so it
 * runs isolated and sandboxed without Node; it reaches main only through the preload's bridge.
 * The window stays hidden until its first paint to avoid a white flash.
 */
export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Factmark',
    // The page's own background, so nothing flashes between the window and the first paint.
    backgroundColor: '#f4f3ef',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Analysts read rather than write here, and the spellchecker fetches dictionaries online.
      spellcheck: false,
    },
  };
}
