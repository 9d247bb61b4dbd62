import type { LaunchOptions } from 'playwright-core';
import { HEADLESS_SWITCHES } from '../chromium/headless-switches';

/** The switches the host always passes: this app must not phone home, and has nothing to sync. */
export const QUIET_SWITCHES = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Switches that make a headed window an application's rather than a browser's. `--test-type`
 * silences the info bar Chromium shows for `--no-sandbox` (the host says once on stderr why the
 * sandbox is off instead); the basic password store keeps a desktop keyring from asking for a
 * password; the crash-restore bubble would offer to "restore pages" after a killed session.
 */
export const APP_WINDOW_SWITCHES = [
  '--test-type',
  '--password-store=basic',
  '--hide-crash-restore-bubble',
  '--disable-features=Translate,MediaRouter',
];

/**
 * The page the app window opens with, painted at once while the store opens and the renderer
 * loads: the app's background and name, never a blank or grey window. A data: URL, because the
 * host's routes are not in place yet when the window first paints; the history entry it leaves
 * is wiped once the app has loaded, so Back can never return to it.
 */
export const SPLASH_URL =
  'data:text/html;charset=utf-8,' +
  encodeURIComponent(
    '<!doctype html><html lang="en"><title>Factmark</title><meta name="color-scheme" content="light">' +
      '<style>html,body{height:100%;margin:0;background:#f4f3ef;color:#565e67;font:14px system-ui,sans-serif}' +
      'body{display:grid;place-items:center}b{display:block;color:#1d2125;font:600 24px Georgia,serif;text-align:center;margin-bottom:6px}</style>' +
      '<div role="status"><b>Factmark</b>Opening your library…</div>',
  );

/** Options for Playwright's `launchPersistentContext`, as the host uses them. */
export type HostLaunchOptions = LaunchOptions & {
  viewport: { width: number; height: number } | null;
  serviceWorkers: 'block';
};

/**
 * Builds the browser launch options. Headed, the browser opens one app window (Chromium's app
 * mode: no tabs, address bar or back/forward buttons) showing the splash, sized by the window
 * itself; headless, a fixed viewport for repeatable tests. `sandbox: false` is for root, where
 * Chromium refuses to start sandboxed. `remoteDebuggingPort` exposes the window over the Chrome
 * DevTools Protocol for outside tools, as Electron's switch of the same name does. Service
 * workers are blocked: the page could otherwise install one that answers requests the host's
 * routes never see. Signals are left to the caller.
 */
export function buildLaunchOptions(input: {
  executablePath: string;
  headless: boolean;
  sandbox: boolean;
  remoteDebuggingPort?: number;
}): HostLaunchOptions {
  const window = input.headless ? HEADLESS_SWITCHES : [`--app=${SPLASH_URL}`, '--window-size=1280,860', ...APP_WINDOW_SWITCHES];
  const debugging = input.remoteDebuggingPort === undefined ? [] : [`--remote-debugging-port=${input.remoteDebuggingPort}`];
  return {
    executablePath: input.executablePath,
    headless: input.headless,
    chromiumSandbox: input.sandbox,
    // chromiumSandbox: false makes Playwright pass --no-sandbox.
    args: [...QUIET_SWITCHES, ...window, ...debugging],
    // Playwright opens about:blank as a tab in persistent contexts; the --app window replaces it.
    ...(input.headless ? {} : { ignoreDefaultArgs: ['about:blank'] }),
    viewport: input.headless ? { width: 1280, height: 860 } : null,
    serviceWorkers: 'block',
    // Playwright's own signal handlers exit the process as soon as the browser is down, before
    // the store has flushed; whoever runs the host handles signals by calling close().
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
}
