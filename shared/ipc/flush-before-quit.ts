/**
 * Name of the function the renderer puts on its page's global object so main can have every
 * pending change saved before the store closes (quit, window close). Main calls it with
 * `webContents.executeJavaScript`, which runs in the page's own world and waits for the returned
 * promise: true once nothing is left unsaved, false when a save failed.
 */
export const FLUSH_BEFORE_QUIT_GLOBAL = 'factmarkFlushBeforeQuit';
