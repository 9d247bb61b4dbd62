import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { APP_READY_SELECTOR } from '../../shared/ipc/app-ready';
import type { AppCommand } from '../../shared/ipc/channels';
import { answerAppRequests, type Dispatch } from '../ipc/ipc-edge';
import { isSameOrigin } from '../app-page/app-origin';
import { readRendererFile } from '../app-page/renderer-files';
import { createBridgeInitScript } from './bridge-init-script';
import { encodeBindingAnswer } from './encode-binding-answer';
import { findChromium } from '../chromium/find-chromium';
import { HOST_BINDING, HOST_COMMAND_EVENT, HOST_ENTRY_URL, HOST_ORIGIN } from './host-origin';
import { buildLaunchOptions } from './launch-options';
import { isSandboxUnavailable } from './sandbox-unavailable';

/** The main-process side the host talks to: the same dispatch and close as the Electron shell. */
export type HostServices = {
  dispatch: Dispatch;
  close(): Promise<void>;
  /** Commands main sends the page unasked (a colleague's file changed); delivered like menu commands. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
};

/** How to show the app. */
export type ChromiumHostOptions = {
  headless: boolean;
  /** Browser to use; found with `findChromium` when absent. */
  executablePath?: string;
  /** Built renderer to serve (the folder holding index.html). */
  rendererDir: string;
  /** Hears each blocked request; by default they are written to stderr. */
  onBlockedRequest?: (url: string) => void;
  /**
   * The browser profile to keep between runs (its code cache makes a warm start faster); a
   * temporary one, removed on close, when absent or when another window holds this one.
   */
  browserProfileDir?: string;
  /** Exposes the window over the Chrome DevTools Protocol on this port. */
  remoteDebuggingPort?: number;
  /**
   * A running headless browser to open the window in, as a fresh context of its own (no profile
   * on disk): how the test suite runs one app per story without paying a browser launch each.
   */
  browser?: Browser;
};

/** A running Chromium host. */
export type ChromiumHost = {
  page: Page;
  context: BrowserContext;
  /** Every request the page attempted outside the app's origin, in order; all were aborted. */
  blockedRequests: readonly string[];
  /** Delivers an app command to the page's `onCommand` listeners, as Electron's menu does. */
  sendCommand(command: AppCommand): Promise<void>;
  /** Resolves once the library is on screen and answers keys; rejects after `timeoutMs`. */
  waitUntilReady(timeoutMs: number): Promise<void>;
  /** Closes the browser, then waits for `services.close()` (pending writes). Idempotent. */
  close(): Promise<void>;
  /**
   * Resolves once the host has fully closed, by `close()` or by the analyst closing the window;
   * never rejects (a failure to close the store is logged, and `close()` rejects with it).
   */
  closed: Promise<void>;
};

/**
 * Shows the renderer in a Chromium driven by Playwright, wired to `services` as Electron's preload
 * and IPC would be: the renderer is served at `HOST_ORIGIN` from `rendererDir` with the app's
 * Content-Security-Policy, every other request is aborted and reported, and `window.factmark`
 * calls `services.dispatch` through a binding that answers only the app's own main frame (`answerAppRequests`). Closing
 * the window (or `close()`) also closes `services`. Rejects, with `services` still open, when no
 * browser can be launched.
 */
export async function openChromiumHost(services: HostServices, options: ChromiumHostOptions): Promise<ChromiumHost> {
  const executablePath = options.executablePath ?? findChromium();
  const onBlocked = options.onBlockedRequest ?? ((url: string) => console.warn(`[factmark] Blocked request: ${url}`));
  const launched = await launchContext({ ...options, executablePath });
  const { context, profileDir, temporaryProfile } = launched;
  const removeProfile = () => (temporaryProfile && profileDir ? rm(profileDir, { recursive: true, force: true }) : Promise.resolve());

  const blockedRequests: string[] = [];
  let closing: Promise<void> | undefined;
  let markClosed = () => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const shutDown = async () => {
    await context.close().catch(() => {});
    try {
      await services.close();
    } finally {
      await removeProfile();
    }
  };
  const close = () => (closing ??= shutDown().finally(markClosed));
  const closeFromBrowser = () =>
    void close().catch((error: unknown) => console.error(`[factmark] Closing the store failed: ${String(error)}`));

  try {
    await context.route('**/*', (route) => serve(route, options.rendererDir, blockedRequests, onBlocked));
    const answer = answerAppRequests(services.dispatch, HOST_ORIGIN);
    await context.exposeBinding(HOST_BINDING, async ({ frame }, channel: unknown, payloadJson: unknown) =>
      encodeBindingAnswer(
        await answer({ url: frame.url(), isMainFrame: frame.parentFrame() === null }, channel, parseJsonPayload(payloadJson)),
      ),
    );
    await context.addInitScript(createBridgeInitScript());
    // WebSockets bypass routes; the app opens none, so any the page tries is closed unanswered.
    await context.routeWebSocket(
      () => true,
      (socket) => {
        blockedRequests.push(socket.url());
        onBlocked(socket.url());
        void socket.close();
      },
    );
    // The paste dialog reads the clipboard; granted to the app's own origin, so no prompt.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HOST_ORIGIN });
    const page = context.pages()[0] ?? (await context.newPage());
    // The app has one window; popups (window.open, target=_blank) are shut at once.
    context.on('page', (other) => {
      if (other !== page) void other.close();
    });
    await page.goto(HOST_ENTRY_URL);
    await forgetHistory(page);
    services.onCommand?.((command) => void deliverCommand(page, command).catch(() => {}));
    // The page asks to stay (beforeunload) only while the store refuses its changes, and then
    // says why itself; Playwright would answer that prompt "leave", so the host answers "stay".
    // The app opens no other dialog; any other is dismissed, as Playwright would.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
    // Closing the window quits the app, even where the browser would outlive its last window.
    page.once('close', closeFromBrowser);
    context.once('close', closeFromBrowser);
    return {
      page,
      context,
      blockedRequests,
      sendCommand: (command) => deliverCommand(page, command),
      waitUntilReady: async (timeoutMs) => {
        await page.waitForSelector(APP_READY_SELECTOR, { state: 'visible', timeout: timeoutMs });
      },
      close,
      closed,
    };
  } catch (error) {
    await context.close().catch(() => {});
    await removeProfile();
    throw error;
  }
}

/**
 * Wipes the window's back/forward history, so the splash it opened on (or anything before the
 * app) is never one Back away: Alt+← or a mouse's back button cannot take the analyst out of
 * the app.
 */
async function forgetHistory(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Page.resetNavigationHistory');
  } finally {
    await session.detach().catch(() => {});
  }
}

/** Fires the command event in the page, which the bridge's `onCommand` listeners hear. */
async function deliverCommand(page: Page, command: AppCommand): Promise<void> {
  await page.evaluate(
    `window.dispatchEvent(new CustomEvent(${JSON.stringify(HOST_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`,
  );
}

async function serve(route: Route, rendererDir: string, blocked: string[], onBlocked: (url: string) => void): Promise<void> {
  const url = route.request().url();
  if (!isSameOrigin(url, HOST_ORIGIN)) {
    blocked.push(url);
    onBlocked(url);
    return route.abort('blockedbyclient');
  }
  const response = await readRendererFile(rendererDir, new URL(url).pathname);
  return route.fulfill({ status: response.status, headers: response.headers, body: response.body });
}

type LaunchedContext = { context: BrowserContext; profileDir: string | null; temporaryProfile: boolean };

/**
 * Starts the browser on the kept profile when there is one, else (or when another window holds
 * it) on a temporary profile.
 */
async function launchContext(options: ChromiumHostOptions & { executablePath: string }): Promise<LaunchedContext> {
  if (options.browser) {
    const { viewport, serviceWorkers } = buildLaunchOptions({ executablePath: options.executablePath, headless: true, sandbox: false });
    return { context: await options.browser.newContext({ viewport, serviceWorkers }), profileDir: null, temporaryProfile: false };
  }
  if (options.browserProfileDir) {
    try {
      await mkdir(options.browserProfileDir, { recursive: true });
      return {
        context: await launchOnProfile(options.browserProfileDir, options),
        profileDir: options.browserProfileDir,
        temporaryProfile: false,
      };
    } catch (error) {
      if (isSandboxUnavailable(error)) throw error;
    }
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-chromium-'));
  try {
    return { context: await launchOnProfile(profileDir, options), profileDir, temporaryProfile: true };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

async function launchOnProfile(profileDir: string, options: ChromiumHostOptions & { executablePath: string }): Promise<BrowserContext> {
  const isRoot = process.getuid?.() === 0;
  const launch = (sandbox: boolean) =>
    chromium.launchPersistentContext(
      profileDir,
      buildLaunchOptions({
        executablePath: options.executablePath,
        headless: options.headless,
        sandbox,
        remoteDebuggingPort: options.remoteDebuggingPort,
      }),
    );
  if (isRoot) {
    if (!options.headless) console.warn('[factmark] Chromium runs without its sandbox here: it refuses to sandbox a browser run as root.');
    return launch(false);
  }
  try {
    return await launch(true);
  } catch (error) {
    // Without unprivileged user namespaces (some containers and hardened kernels) Chromium's
    // sandbox cannot start; say so and run unsandboxed rather than not at all.
    if (!isSandboxUnavailable(error)) throw error;
    console.warn(`[factmark] Chromium's sandbox is unavailable on this machine; running without it.`);
    return launch(false);
  }
}

/** The page sends each payload as a JSON string; anything else reaches the dispatcher as an invalid payload. */
function parseJsonPayload(payloadJson: unknown): unknown {
  if (typeof payloadJson !== 'string') return payloadJson;
  try {
    return JSON.parse(payloadJson) as unknown;
  } catch {
    return Symbol('unparseable payload');
  }
}
