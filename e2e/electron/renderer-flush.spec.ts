import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FLUSH_BEFORE_QUIT_GLOBAL } from '../../shared/ipc/flush-before-quit';
import { LibraryPage } from '../pages/library-page';
import { expect, test } from '../support/app-fixture';

// The page's half of "quitting keeps the last change": the real renderer, in the Chromium host,
// answers the flush request Electron's main sends before closing the store (main/electron/flush-page.ts).

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const BLACKOUT =
  'The blackout lasted 19 hours and halted the loading of 42 cargo ships, according to figures published by the regional chamber of commerce.';

test('asked to save before quitting, the page sends a tag still waiting in its autosave and answers once it is on disk', async ({
  app,
}) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  await reader.clickSentence('halted the loading of 42 cargo ships');
  await reader.pressTag('claim');

  const saved = await app.page.evaluate(
    (name) => (globalThis as unknown as Record<string, () => Promise<boolean>>)[name]!(),
    FLUSH_BEFORE_QUIT_GLOBAL,
  );

  expect(saved).toBe(true);
  const annotationsDir = join(app.storeDir, 'annotations');
  const [documentDir] = await readdir(annotationsDir);
  const layer = await readFile(join(annotationsDir, documentDir!, 'tess.json'), 'utf8');
  expect(layer).toContain(BLACKOUT);
});
