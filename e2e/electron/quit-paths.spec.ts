import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runInFakeElectron } from './fake-electron-run';

// Each way out of the app, taken 100 ms after tagging a sentence, while the renderer's autosave
// is still waiting for its quiet time (300 ms): the tag must be on disk once the app has gone.
// The built shell runs against the fake Electron (fake-electron/quit-path.mjs).

type Report = { exitCode: number; documentId: string; windowsAfterClose?: number; windowsAfterActivate?: number };

const PATHS = [
  ['menu-exit', 'File › Exit in the menu, or its accelerator Ctrl+Q / Cmd+Q'],
  ['window-close', "the window's close button"],
  ['SIGINT', 'Ctrl+C in the terminal (SIGINT)'],
  ['SIGTERM', 'SIGTERM'],
  ['dock-quit', 'Quit from the macOS Dock'],
  ['windows-session-end', 'Windows shutting down or logging off (session end)'],
  ['will-quit-only', 'a quit that skips before-quit'],
] as const;

let scratch: string;
test.beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'factmark-quit-paths-'));
});
test.afterAll(() => rm(scratch, { recursive: true, force: true }));

async function tagsOnDisk(storeDir: string, documentId: string): Promise<string> {
  const dir = join(storeDir, 'annotations', documentId);
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  return (await Promise.all(files.map((name) => readFile(join(dir, name), 'utf8')))).join('\n');
}

for (const [path, how] of PATHS) {
  test(`a tag made 100 ms before leaving by ${how} is on disk`, async () => {
    const storeDir = join(scratch, path);
    const { report } = await runInFakeElectron<Report>('quit-path.mjs', storeDir, path);
    expect(report.exitCode).toBe(0);
    expect(await tagsOnDisk(storeDir, report.documentId)).toContain(`"tagged-before-${path}"`);
  });
}

test('on macOS closing the window keeps the app in the Dock; clicking it opens the window again, and a Dock quit keeps what was tagged there', async () => {
  const storeDir = join(scratch, 'mac');
  const { report } = await runInFakeElectron<Report>('quit-path.mjs', storeDir, 'mac-window-close-then-dock-quit');
  expect(report).toMatchObject({ exitCode: 0, windowsAfterClose: 0, windowsAfterActivate: 1 });
  const onDisk = await tagsOnDisk(storeDir, report.documentId);
  expect(onDisk).toContain('"tagged-in-reopened-window"');
});
