import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runInFakeElectron } from './fake-electron-run';

// The Electron events the shell relies on, sent by the fake Electron to the built shell
// (fake-electron/app-events.mjs): ready (the window opens once the app is ready), activate,
// second-instance, render-process-gone, child-process-gone, and before-quit / will-quit through
// a quit. quit-paths.spec.ts covers every way out.

type Report = {
  exitCode: number;
  askedForStore: { storeDir: string };
  focusedOnActivate: number;
  sameStoreLaunch: { focused: number; messages: number };
  otherStoreLaunch: { focused: number; messages: { message: string; detail: string }[] };
  loadsAfterCrash: string[];
  annotationsAfterReload: string[];
  loadsAfterCleanExit: number;
  loadsAfterCrashLoop: number;
  logs: string[];
  errorBoxes: string[];
};

let scratch: string;
let report: Report;
test.beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'factmark-app-events-'));
  ({ report } = await runInFakeElectron<Report>('app-events.mjs', join(scratch, 'store'), join(scratch, 'other-store')));
});
test.afterAll(() => rm(scratch, { recursive: true, force: true }));

test('a second launch tells the running app which store it asked for', () => {
  expect(report.askedForStore).toEqual({ storeDir: join(scratch, 'store') });
});

test('clicking the Dock icon (activate) or launching again on the same store brings the window forward', () => {
  expect(report.focusedOnActivate).toBe(1);
  expect(report.sameStoreLaunch).toEqual({ focused: 2, messages: 0 });
});

test('launching again on another store brings the window forward and says why that store is not opened', () => {
  expect(report.otherStoreLaunch.focused).toBe(3);
  expect(report.otherStoreLaunch.messages).toEqual([
    {
      message: 'Factmark is already open on another store.',
      detail: expect.stringContaining(
        `quit Factmark (your changes are saved) and start it again with --store "${join(scratch, 'other-store')}"`,
      ),
    },
  ]);
});

test('a crashed page is reloaded with every saved tag still there, and it keeps saving', () => {
  expect(report.loadsAfterCrash).toEqual(['app://factmark/index.html', 'app://factmark/index.html']);
  expect(report.annotationsAfterReload).toEqual(['saved-before-crash']);
  expect(report.logs).toContain("[factmark] The page's process ended (crashed, exit code 139); reloading it.");
});

test('a page that ends cleanly is not reloaded; one that keeps crashing is left with a message instead of a reload loop', () => {
  expect(report.loadsAfterCleanExit).toBe(2);
  expect(report.loadsAfterCrashLoop).toBe(4);
  expect(report.errorBoxes).toEqual([expect.stringContaining("Factmark's window keeps failing")]);
});

test('a helper process that ends is logged, and the app quits cleanly afterwards', () => {
  expect(report.logs).toContain("[factmark] Electron's GPU process ended (crashed); Electron restarts it when it can.");
  expect(report.exitCode).toBe(0);
});
