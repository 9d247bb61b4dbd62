import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNELS } from '../../shared/ipc/channels';
import { LibraryPage } from '../pages/library-page';
import { electronBinary, launchElectronFactmark, type ElectronFactmark } from './electron-app';

test.skip(!electronBinary.found, `Electron binary not installed: ${electronBinary.found ? '' : electronBinary.reason}`);

let factmark: ElectronFactmark;
test.beforeEach(async () => {
  factmark = await launchElectronFactmark();
});
test.afterEach(async () => {
  await factmark?.close();
});

test('the window opens on the library, served from app://', async () => {
  await expect(factmark.window.getByTestId('library')).toBeVisible();
  expect(factmark.window.url()).toMatch(/^app:\/\/factmark\//);
});

test('the page has no Node and sees exactly the bridge functions', async () => {
  const seen = await factmark.window.evaluate(() => ({
    process: typeof (globalThis as { process?: unknown }).process,
    require: typeof (globalThis as { require?: unknown }).require,
    bridge: Object.keys((globalThis as unknown as { factmark: object }).factmark).sort(),
  }));
  expect(seen).toEqual({ process: 'undefined', require: 'undefined', bridge: [...CHANNELS, 'onCommand'].sort() });
});

test('the window stays on the app: navigation elsewhere and new windows are refused', async () => {
  await expect(factmark.window.getByTestId('library')).toBeVisible();
  const popupRefused = await factmark.window.evaluate(() => {
    const page = globalThis as unknown as { open(url: string): unknown; location: { href: string } };
    const popup = page.open('app://factmark/index.html');
    page.location.href = 'app://elsewhere/index.html';
    return popup === null;
  });
  expect(popupRefused).toBe(true);
  await expect(factmark.window.getByTestId('library')).toBeVisible();
  expect(factmark.window.url()).toMatch(/^app:\/\/factmark\//);
  expect(factmark.app.windows()).toHaveLength(1);
});

test('a tag made just before quitting is on disk once the app has gone', async () => {
  const reader = await new LibraryPage(factmark.window).openArticle(
    'Port authority says fuel reserves were full before Calder Bay blackout',
  );
  await reader.clickSentence('halted the loading of 42 cargo ships');
  await reader.pressTag('claim');
  const gone = factmark.app.waitForEvent('close');
  await factmark.app.evaluate(({ app }) => app.quit());
  await gone;

  const annotationsDir = join(factmark.storeDir, 'annotations');
  const [documentDir] = await readdir(annotationsDir);
  const layers = await readdir(join(annotationsDir, documentDir!));
  const onDisk = await Promise.all(
    layers.filter((name) => name.endsWith('.json')).map((name) => readFile(join(annotationsDir, documentDir!, name), 'utf8')),
  );
  expect(onDisk.join('\n')).toContain('halted the loading of 42 cargo ships');
});
