import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNELS, COMMAND_EVENT } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../main/app-page/content-security-policy';
import { PROJECT_ROOT } from '../support/project-root';
import { runInFakeElectron } from './fake-electron-run';

// The built shell (out/main/index.js) run in Node against a recording stand-in for Electron
// (fake-electron/), with only the packages the packaged app ships, so its wiring is checked even
// where no Electron binary can be installed.
// It cannot show that real Electron honours these settings; window.spec.ts does, where it runs.

type Report = Record<string, unknown> & { storeFilesAtExit: string[]; webPreferences: Record<string, unknown> };

let report: Report;
let storeDir: string;

test.beforeAll(async () => {
  storeDir = await mkdtemp(join(tmpdir(), 'factmark-shell-wiring-'));
  ({ report } = await runInFakeElectron<Report>('drive.mjs', storeDir));
});
test.afterAll(() => rm(storeDir, { recursive: true, force: true }));

test('the window loads from app://, registered as a secure standard scheme with V8 code cache', () => {
  expect(report.schemes).toEqual([
    { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) },
  ]);
  expect(report.url).toBe('app://factmark/index.html');
});

test('the window is isolated and sandboxed, without Node, with the built preload', () => {
  expect(report.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  expect(report.webPreferences.preload).toBe(join(PROJECT_ROOT, 'out/preload/index.cjs'));
  expect(existsSync(String(report.webPreferences.preload))).toBe(true);
});

test('the native menu bar is hidden on Windows and Linux, where the page draws the same menu', () => {
  expect(report.menuBarVisible).toBe(process.platform === 'darwin');
});

test('pages come with the Content-Security-Policy, and paths outside the renderer are refused', () => {
  expect(report.page).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY });
  expect(report.traversal).toMatchObject({ status: 404 });
});

test('every channel answers the app page, validates payloads, and refuses other pages', () => {
  expect(report.channels).toEqual([...CHANNELS]);
  expect(report.libraryFromApp).toMatchObject({ ok: true, value: [expect.objectContaining({ title: expect.any(String) })] });
  expect(report.libraryFromElsewhere).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  expect(report.invalidPayload).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});

test('outside requests, navigation away, new windows and permissions are refused; web links open in the browser', () => {
  expect(report.trackerRequest).toEqual({ cancel: true });
  expect(report.ownRequest).toEqual({ cancel: false });
  expect(report.navigationAway).toBe('refused');
  expect(report.navigationHome).toBe('allowed');
  expect(report.windowOpen).toEqual({ action: 'deny' });
  expect(report.permissionCheck).toBe(false);
  expect(report.openedExternally).toEqual(['https://example.org/story', 'https://example.org/source']);
});

test("the app's own page may read the clipboard (the paste dialog); no other page may", () => {
  expect(report).toMatchObject({
    clipboardCheckFromApp: true,
    clipboardRequestFromApp: true,
    clipboardCheckFromElsewhere: false,
    clipboardRequestFromElsewhere: false,
  });
});

test('menu commands reach the page as app commands', () => {
  expect(report.sent).toEqual([
    [COMMAND_EVENT, 'undo'],
    [COMMAND_EVENT, 'open-file'],
  ]);
});

test('quitting waits until the store is closed and its lock released', () => {
  expect(report.exitCode).toBe(0);
  expect(report.storeFilesAtExit).toContain('library.json');
  expect(report.storeFilesAtExit.filter((name) => name.endsWith('.lock'))).toEqual([]);
});
