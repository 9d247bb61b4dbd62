import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../../../main/chromium/find-chromium';
import { exerciseFrame } from './exercise-page';
import { installDetector, type Detector } from './hostile-detector';

/** The throwaway origin the control page and its raw payload frames are served from. */
const CONTROL_ORIGIN = 'https://control.invalid';

/** Raw markup to show unsanitised, named by an id that becomes its frame's path. */
export interface RawDocument {
  id: string;
  html: string;
}

/** A page outside the app that shows hostile markup as it is, watched by the detector. */
export interface ControlPage {
  readonly page: Page;
  readonly detector: Detector;
  /**
   * Loads each document raw into a frame of its own (the page, not the app: no sanitiser, no
   * CSP), waits for the frames to load, exercises every element in every frame (hover, press,
   * focus, click) and removes the frames again.
   */
  renderRaw(documents: readonly RawDocument[]): Promise<void>;
  close(): Promise<void>;
}

// Frames may run scripts, submit forms, open popups and dialogs, and share the control origin
// (so the detector's init script runs in them before their own scripts), but may not navigate
// the control page itself away.
const FRAME_SANDBOX = 'allow-scripts allow-forms allow-popups allow-modals allow-same-origin';

// Longest wait for a batch of frames to load: a payload may keep its frame from ever loading.
const LOAD_TIMEOUT_MS = 3000;

// A submitted form or a followed javascript: link runs in a navigation task Chromium schedules
// later, and its report crosses to this process later still; on a loaded machine both can come
// after the exercise's own wait (CI once removed a frame before its form's javascript: action
// ran). So the frames stay until the detector has heard nothing new for QUIET_MS, at most
// SETTLE_LIMIT_MS.
const QUIET_MS = 300;
const SETTLE_LIMIT_MS = 3000;

async function untilQuiet(detector: Detector): Promise<void> {
  const started = Date.now();
  let seen = detector.findings.length;
  let lastChange = Date.now();
  while (Date.now() - lastChange < QUIET_MS && Date.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (detector.findings.length !== seen) {
      seen = detector.findings.length;
      lastChange = Date.now();
    }
  }
}

/**
 * Opens the control page in Debian's Chromium. Every request to the control origin is answered
 * from the documents given to `renderRaw`; every other request (the payloads' own) is aborted
 * and recorded by the detector, as are executions, dialogs, navigations and popups.
 */
export async function openControlPage(): Promise<ControlPage> {
  const browser: Browser = await chromium.launch({ executablePath: findChromium(), chromiumSandbox: process.getuid?.() !== 0 });
  const context = await browser.newContext();
  const documents = new Map<string, string>();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== CONTROL_ORIGIN) return route.abort('blockedbyclient');
    const body =
      url.pathname === '/'
        ? '<!doctype html><title>Control</title><body></body>'
        : (documents.get(decodeURIComponent(url.pathname.slice(1))) ?? '');
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
  const detector = await installDetector(context, { ownOrigin: CONTROL_ORIGIN, framesExpected: true, consoleErrorsExpected: true });
  const page = await context.newPage();
  detector.watch(page);
  await page.goto(`${CONTROL_ORIGIN}/`);

  return {
    page,
    detector,
    async renderRaw(batch) {
      for (const document of batch) documents.set(document.id, document.html);
      await page.evaluate(
        `(({ ids, sandbox, timeout }) => Promise.race([
          Promise.all(ids.map((id) => new Promise((resolve) => {
            const frame = document.createElement('iframe');
            frame.sandbox = sandbox;
            frame.src = '/' + encodeURIComponent(id);
            frame.onload = resolve;
            document.body.append(frame);
          }))),
          new Promise((resolve) => setTimeout(resolve, timeout)),
        ]))(${JSON.stringify({ ids: batch.map((document) => document.id), sandbox: FRAME_SANDBOX, timeout: LOAD_TIMEOUT_MS })})`,
      );
      // All frames at once, so their settling waits overlap. A payload may navigate or remove its
      // frame while it is being exercised; that is a finding, not an error.
      const frames = page.frames().filter((frame) => frame !== page.mainFrame());
      await Promise.all(frames.map((frame) => exerciseFrame(frame, { selector: null, click: true }).catch(() => 0)));
      await untilQuiet(detector);
      await page.evaluate(`document.body.replaceChildren()`);
      for (const document of batch) documents.delete(document.id);
    },
    close: () => browser.close(),
  };
}
