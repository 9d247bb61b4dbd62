/**
 * Origin the Chromium host serves the renderer at. Never resolved: every request to it is
 * answered from `out/renderer` by a route, and `.invalid` (RFC 2606) guarantees no real site
 * could ever answer instead. HTTPS makes the page a secure context, as `app://` is in Electron.
 */
export const HOST_ORIGIN = 'https://factmark.invalid';

/** First page the host opens. */
export const HOST_ENTRY_URL = `${HOST_ORIGIN}/index.html`;

/** Name of the page binding the host's bridge calls; the renderer uses `window.factmark` only. */
export const HOST_BINDING = '__factmarkHost';

/** DOM event on `window` through which the host delivers app commands to `onCommand` listeners. */
export const HOST_COMMAND_EVENT = 'factmark:app-command';
