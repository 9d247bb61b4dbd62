import type { KeyPress, Platform } from '../../../shared/commands';

/** Which shell the page runs in: Electron's window, or the Chromium app window of the fallback. */
export type Host = 'electron' | 'browser';

/** Where the key was pressed, as far as browser keys care. */
export type BrowserKeyContext = {
  platform: Platform;
  host: Host;
  /** Focus is in a text field, where some keys edit text. */
  editable: boolean;
};

/** Keys that reload, close, open or navigate the browser window, with Ctrl (Cmd on macOS). */
const BROWSER_MOD_KEYS = new Set([
  'r', // reload (Shift: without cache)
  'w', // close the tab (Shift: the window)
  't', // new tab (Shift: reopen the closed one)
  'n', // new window (Shift: incognito)
  'l', // the address bar; the app's Back to Library
  'e', // the search bar; the app's Export
  'k', // the search bar; the app's palette
  'p', // print (Shift: the app's palette)
  's', // save the page
  'o', // open a file as a page; the app's Open
  'u', // view source
  'h', // history
  'j', // downloads
  'd', // bookmark
  '[', // back, on macOS
  ']', // forward, on macOS
  'f', // the browser's find bar; the app's own find (in the library, its search)
  'g', // find next (Shift: previous) in the browser's find bar
]);

/** Keys the native menu of the Electron app on macOS owns: Close Window, Quit, Minimize, Hide. */
const MAC_MENU_KEYS = new Set(['w', 'q', 'm', 'h']);

/**
 * Tells whether a key press would make the browser around the app reload, close, open a window
 * or tab, print, navigate away from the analyst's work, or open its own find bar (Ctrl+F,
 * Ctrl+G, Ctrl+Shift+G, F3, Shift+F3), so the page must cancel its default.
 * Keys that edit text stay with a focused field (Backspace, and Option+arrows on macOS); keys
 * the Electron menu owns on macOS stay with it (Cmd+W closes the window through the quit path
 * that saves first). The app may still run its own command on a key this swallows.
 */
export function isBrowserKey(press: KeyPress, context: BrowserKeyContext): boolean {
  const key = press.key.toLowerCase();
  const mod = context.platform === 'mac' ? press.metaKey : press.ctrlKey;
  if (/^(browserback|browserforward|browserrefresh|browserhome)$/.test(key)) return true;
  if (key === 'f5') return true;
  if (key === 'f3' && !press.ctrlKey && !press.metaKey && !press.altKey) return true;
  if (mod && !press.altKey) {
    if (context.host === 'electron' && context.platform === 'mac' && MAC_MENU_KEYS.has(key)) return false;
    const letter = /^Key([A-Z])$/.exec(press.code)?.[1]?.toLowerCase() ?? key;
    if (BROWSER_MOD_KEYS.has(letter) || key === 'f4') return true;
    // Cmd+←/→ go back and forward on macOS, outside fields (in one they move to the line's ends).
    if (context.platform === 'mac' && (key === 'arrowleft' || key === 'arrowright')) return !context.editable;
    return key === 'delete' && press.shiftKey;
  }
  if (press.altKey && !mod && (key === 'arrowleft' || key === 'arrowright' || key === 'home')) {
    // Option+←/→ moves by word in a macOS field; elsewhere Alt+arrows only navigate.
    return !(context.editable && context.platform === 'mac');
  }
  return key === 'backspace' && !context.editable && !press.ctrlKey && !press.metaKey && !press.altKey;
}
