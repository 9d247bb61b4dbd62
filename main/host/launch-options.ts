import type { LaunchOptions } from 'playwright-core';

/** The switches the host always passes: this app must not phone home, and has nothing to sync. */
export const QUIET_SWITCHES = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Options for Playwright's `launchPersistentContext`, as the host uses them. */
export type HostLaunchOptions = LaunchOptions & { viewport: { width: number; height: number } | null };

/**
 * Builds the browser launch options. Headed, the browser opens one app-style window (no tabs or
 * address bar) sized by the window itself; headless, a fixed viewport for repeatable tests.
 * `sandbox: false` is for root, where Chromium refuses to start sandboxed. Signals are left to
 * the caller.
 */
export function buildLaunchOptions(input: { executablePath: string; headless: boolean; sandbox: boolean }): HostLaunchOptions {
  const window = input.headless ? [] : ['--app=about:blank', '--window-size=1280,860'];
  return {
    executablePath: input.executablePath,
    headless: input.headless,
    chromiumSandbox: input.sandbox,
    // chromiumSandbox: false makes Playwright pass --no-sandbox.
    args: [...QUIET_SWITCHES, ...window],
    // Playwright opens about:blank as a tab in persistent contexts; the --app window replaces it.
    ...(input.headless ? {} : { ignoreDefaultArgs: ['about:blank'] }),
    viewport: input.headless ? { width: 1280, height: 860 } : null,
    // Playwright's own signal handlers exit the process as soon as the browser is down, before
    // the store has flushed; whoever runs the host handles signals by calling close().
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
}
