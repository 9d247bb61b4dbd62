import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { AppCommand } from '../../shared/ipc/channels';
import type { Dispatch } from '../../shared/ipc/dispatch';
import { isSameOrigin } from '../electron/app-origin';
import { isTrustedSender, REFUSED_SENDER_RESULT } from '../electron/ipc-registration';
import { readRendererFile } from '../electron/renderer-files';
import { createBridgeInitScript } from './bridge-init-script';
import { encodeBindingAnswer } from './encode-binding-answer';
import { findChromium } from './find-chromium';
import { HOST_BINDING, HOST_COMMAND_EVENT, HOST_ENTRY_URL, HOST_ORIGIN } from './host-origin';
import { buildLaunchOptions } from './launch-options';

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
};

/** A running Chromium host. */
export type ChromiumHost = {
  page: Page;
  context: BrowserContext;
  /** Every request the page attempted outside the app's origin, in order; all were aborted. */
  blockedRequests: readonly string[];
  /** Delivers an app command to the page's `onCommand` listeners, as Electron's menu does. */
  sendCommand(command: AppCommand): Promise<void>;
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
 * calls `services.dispatch` through a binding that accepts only the app's own frames. Closing
 * the window (or `close()`) also closes `services`. Rejects, with `services` still open, when no
 * browser can be launched.
 */
export async function openChromiumHost(services: HostServices, options: ChromiumHostOptions): Promise<ChromiumHost> {
  const executablePath = options.executablePath ?? findChromium();
  const onBlocked = options.onBlockedRequest ?? ((url: string) => console.warn(`[factmark] Blocked request: ${url}`));
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-chromium-'));
  let context: BrowserContext;
  try {
    context = await launchContext(profileDir, executablePath, options.headless);
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }

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
      await rm(profileDir, { recursive: true, force: true });
    }
  };
  const close = () => (closing ??= shutDown().finally(markClosed));
  const closeFromBrowser = () =>
    void close().catch((error: unknown) => console.error(`[factmark] Closing the store failed: ${String(error)}`));

  try {
    await context.route('**/*', (route) => serve(route, options.rendererDir, blockedRequests, onBlocked));
    await context.exposeBinding(HOST_BINDING, async ({ frame }, channel: unknown, payloadJson: unknown) =>
      encodeBindingAnswer(isTrustedSender(frame.url(), HOST_ORIGIN) ? await services.dispatch(channel, parseJsonPayload(payloadJson)) : REFUSED_SENDER_RESULT),
    );
    await context.addInitScript(createBridgeInitScript());
    const page = context.pages()[0] ?? (await context.newPage());
    // The app has one window; popups (window.open, target=_blank) are shut at once.
    context.on('page', (other) => {
      if (other !== page) void other.close();
    });
    await page.goto(HOST_ENTRY_URL);
    services.onCommand?.((command) => void deliverCommand(page, command).catch(() => {}));
    // Closing the window quits the app, even where the browser would outlive its last window.
    page.once('close', closeFromBrowser);
    context.once('close', closeFromBrowser);
    return {
      page,
      context,
      blockedRequests,
      sendCommand: (command) => deliverCommand(page, command),
      close,
      closed,
    };
  } catch (error) {
    await context.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** Fires the command event in the page, which the bridge's `onCommand` listeners hear. */
async function deliverCommand(page: Page, command: AppCommand): Promise<void> {
  await page.evaluate(`window.dispatchEvent(new CustomEvent(${JSON.stringify(HOST_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`);
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

async function launchContext(profileDir: string, executablePath: string, headless: boolean): Promise<BrowserContext> {
  const isRoot = process.getuid?.() === 0;
  try {
    return await chromium.launchPersistentContext(profileDir, buildLaunchOptions({ executablePath, headless, sandbox: !isRoot }));
  } catch (error) {
    // Without unprivileged user namespaces (some containers and hardened kernels) Chromium's
    // sandbox cannot start; say so and run unsandboxed rather than not at all.
    if (isRoot || !/sandbox/i.test(String(error))) throw error;
    console.warn(`[factmark] Chromium's sandbox is unavailable on this machine; running without it.`);
    return chromium.launchPersistentContext(profileDir, buildLaunchOptions({ executablePath, headless, sandbox: false }));
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
