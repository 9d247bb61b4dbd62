import { fileURLToPath } from 'node:url';
import { createAppServices } from '../app-services/create-app-services';
import { createChromiumPdfRenderer } from '../export/render-pdf-with-chromium';
import { findChromium } from '../chromium/find-chromium';
import type { OpenFolder } from '../ipc/library-handlers';
import { type ChromiumHost, type ChromiumHostOptions, openChromiumHost } from './open-chromium-host';

/** The built renderer, shared with the Electron window. */
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/**
 * Runs Factmark without Electron: opens the store at `storeDir` with the same services the
 * Electron shell uses, and shows the built renderer in Chromium (an app window, or headless for
 * tests). Rejects, with the store closed again, when the store is in use or no browser starts.
 */
export async function launchChromiumHost(options: {
  storeDir: string;
  /** Where the analyst's identity is kept; the user-data folder by default. */
  profileDir?: string;
  headless: boolean;
  executablePath?: string;
  rendererDir?: string;
  onBlockedRequest?: (url: string) => void;
  /** The browser profile kept between runs; a temporary one when absent. */
  browserProfileDir?: string;
  /** Exposes the window over the Chrome DevTools Protocol on this port. */
  remoteDebuggingPort?: number;
  /** Shows folders (Settings › Show in folder); the system's opener by default. */
  openFolder?: OpenFolder;
  browser?: ChromiumHostOptions['browser'];
}): Promise<ChromiumHost> {
  const services = await createAppServices({
    storeDir: options.storeDir,
    profileDir: options.profileDir,
    renderPdf: createChromiumPdfRenderer(findChromium, options.browser),
    openFolder: options.openFolder,
  });
  try {
    return await openChromiumHost(services, {
      headless: options.headless,
      executablePath: options.executablePath,
      rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
      onBlockedRequest: options.onBlockedRequest,
      browserProfileDir: options.browserProfileDir,
      remoteDebuggingPort: options.remoteDebuggingPort,
      browser: options.browser,
    });
  } catch (error) {
    await services.close();
    throw error;
  }
}
