import type { BrowserContext, Frame, Page } from '@playwright/test';

/** Something a hostile payload managed to do, or try: each one fails the suite. */
export interface Finding {
  kind:
    | 'executed'
    | 'dialog'
    | 'window-open'
    | 'csp-violation'
    | 'request'
    | 'navigation'
    | 'frame'
    | 'popup'
    | 'download'
    | 'console-error'
    | 'page-error';
  detail: string;
}

// The binding every frame reports through. A binding reaches every frame, sandboxed and opaque-origin
// srcdoc frames included, so the detector does not depend on reading state back out of each frame.
const REPORT_BINDING = '__hostileReport';

/**
 * Runs before any page script in every frame: defines the sentinel payloads call when they run
 * (`window.__hostileHit`, see main/import/test-support/hostile/hostile-action.ts), replaces the dialogs and
 * `window.open` with reporters, and reports every Content-Security-Policy violation (in the app
 * the CSP is a second wall: an inline handler that reached the DOM is refused, and the refusal
 * is itself the proof that the sanitiser let something through).
 */
const DETECTOR_INIT_SCRIPT = `(() => {
  const report = (kind, detail) => { try { globalThis.${REPORT_BINDING}(kind, String(detail).slice(0, 500)); } catch {} };
  const define = (name, value) => Object.defineProperty(globalThis, name, { value, configurable: false, writable: false });
  define('__hostileHit', (url) => report('executed', url));
  for (const name of ['alert', 'confirm', 'prompt', 'print']) define(name, (...args) => { report('dialog', name + '(' + args.join(', ') + ')'); return null; });
  define('open', (url) => { report('window-open', url); return null; });
  globalThis.addEventListener('securitypolicyviolation', (event) => {
    report('csp-violation', [event.violatedDirective, event.blockedURI, event.sourceFile, event.sample].join(' '));
  }, true);
})();`;

/** What a page watched by the detector tells: everything found so far, in order. */
export interface Detector {
  readonly findings: readonly Finding[];
  /** Findings since the last call (and forgets them), for checks batch by batch. */
  takeFindings(): Finding[];
  /** The payload markers (`fmx_…`) that appear in any finding. */
  markersFound(): Set<string>;
}

/** Which navigations and requests belong to the page itself. */
export interface DetectorOptions {
  /** Requests and main-frame navigations to this origin are the page's own (the app). */
  ownOrigin?: string;
  /** Child frames are expected (the control page puts each payload in a frame of its own). */
  framesExpected?: boolean;
  /** Console errors are expected (raw payloads in the control page break all the time). */
  consoleErrorsExpected?: boolean;
}

/**
 * Instruments a browser context, before its page loads, so that a hostile payload that runs,
 * navigates or fetches is seen: the sentinel and dialog reporters in every frame, and from the
 * outside every request, navigation, new frame, popup, download, dialog, console error and
 * uncaught error. `watch(page)` adds the per-page listeners; call it for the page under test.
 */
export async function installDetector(
  context: BrowserContext,
  options: DetectorOptions = {},
): Promise<Detector & { watch(page: Page): void }> {
  let findings: Finding[] = [];
  const all: Finding[] = [];
  const add = (kind: Finding['kind'], detail: string) => {
    const finding = { kind, detail };
    findings.push(finding);
    all.push(finding);
  };
  const isOwn = (url: string) => options.ownOrigin !== undefined && url.startsWith(`${options.ownOrigin}/`);

  // zod probes once whether it may compile validators (`new Function`), and the app's CSP says no:
  // a refused eval from the app's own bundle is that probe; a payload's code has no such source.
  const isAppEvalProbe = (kind: string, detail: string) =>
    kind === 'csp-violation' && options.ownOrigin !== undefined && detail.startsWith(`script-src eval ${options.ownOrigin}/`);
  await context.exposeBinding(REPORT_BINDING, (_source, kind: unknown, detail: unknown) => {
    if (!isAppEvalProbe(String(kind), String(detail))) add(String(kind) as Finding['kind'], String(detail));
  });
  await context.addInitScript(DETECTOR_INIT_SCRIPT);
  context.on('request', (request) => {
    if (!isOwn(request.url())) add('request', request.url());
  });

  return {
    get findings() {
      return all;
    },
    takeFindings() {
      const taken = findings;
      findings = [];
      return taken;
    },
    markersFound() {
      return new Set(all.flatMap((finding) => finding.detail.match(/fmx_\w+/gu) ?? []));
    },
    watch(page: Page) {
      page.on('popup', (popup) => add('popup', popup.url()));
      page.on('dialog', (dialog) => {
        add('dialog', `${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
      page.on('download', (download) => add('download', download.url()));
      page.on('pageerror', (error) => add('page-error', error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && options.consoleErrorsExpected !== true) add('console-error', message.text());
      });
      page.on('frameattached', (frame: Frame) => {
        if (options.framesExpected !== true) add('frame', frame.url() || frame.name() || 'a new frame');
      });
      page.on('framenavigated', (frame: Frame) => {
        if (frame === page.mainFrame() ? !isOwn(frame.url()) : options.framesExpected !== true) add('navigation', frame.url());
      });
    },
  };
}
