import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations, useTheme } from './pages/accessibility-checks';
import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { VersionsPage } from './pages/versions-page';
import { expect, test } from './support/app-fixture';

// The panels and dialogs over an imported article that the other accessibility stories never
// open, each checked by axe in the light and dark themes: the cleaning panel, a source's
// snapshot, the version question, the re-anchoring review and the comparison of versions. One
// launch: the first web page starts main's import worker, which takes seconds.

const FIRSTPOST_STYLE = join(import.meta.dirname, '..', 'shared', 'clean', 'fixtures', 'firstpost-style-ferry-fire.txt');
const TITLE = 'Harbour wall will be rebuilt, port authority says';
const EDITED = 'The port authority said on Tuesday that the northern harbour wall will be rebuilt by the end of next year.';
const KEPT = 'Engineers found deep cracks along the northern section of the wall during a routine inspection last spring.';
const DELETED = 'Local fishermen said the repairs should have started several years ago, before the winter storms.';

/** The Harbour Herald's page as saved on two days: `edited` is the later copy. */
function harbourPage(edited: boolean) {
  const paragraphs = [
    edited ? EDITED.replace('will be rebuilt', 'will be completely rebuilt') : EDITED,
    edited ? KEPT : `${KEPT} ${DELETED}`,
    'Ships will continue to use the southern berths while the northern wall is closed for the works, the harbour master said.',
  ];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} | Harbour Herald</title>
<link rel="canonical" href="https://harbour-herald.example/news/harbour-wall"></head><body><main><article><h1>${TITLE}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
  return { name: edited ? 'harbour-wall-friday.html' : 'harbour-wall-tuesday.html', mimeType: 'text/html', buffer: Buffer.from(html) };
}

/** Keeps a screenshot of the window in the dark theme, to be looked at. */
async function lookInTheDark(page: Page, name: string): Promise<void> {
  await useTheme(page, 'dark');
  await page.screenshot({ path: `/tmp/factmark-${name}-dark.png` });
  await useTheme(page, 'light');
}

test('the cleaning panel, a source’s snapshot, the new-version question, the re-anchoring review and the version comparison pass axe in both themes', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const page = app.page;
  const server = createServer((_request, response) =>
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<!doctype html><html lang="en"><head><title>Ferry log</title></head><body><article><h1>Ferry log</h1><p>The ferry left port at 06:10 with 212 passengers and 41 cars on board.</p></article></body></html>',
      ),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ferry-log`;
  try {
    const library = new LibraryPage(page);
    await library.importFile(FIRSTPOST_STYLE);
    let reader = await library.reader();
    const cleaning = await reader.openCleaning();
    await expect(cleaning).toContainText('Find us on YouTube');
    await expectNoSeriousViolations(page, 'cleaning panel');
    await page.keyboard.press('Escape');

    const claims = new ClaimsPage(page);
    await reader.clickSentence('Firefighters');
    await reader.pressTag('evidence');
    await claims.openEvidenceEditor();
    await claims.addSource({ url, title: 'Ferry log', publisher: 'Port Elsin harbour office' });
    const source = claims.evidenceEditor.getByTestId('source').last();
    await source.getByTestId('snapshot-save').click();
    // The first page read starts main's import worker.
    await expect(source.getByTestId('snapshot-cited')).toContainText('sha256', { timeout: 30_000 });
    await source.getByTestId('snapshot-open').click();
    const viewer = page.getByTestId('snapshot-viewer');
    await expect(viewer.getByTestId('snapshot-article')).toContainText('212 passengers');
    await expectNoSeriousViolations(page, 'evidence snapshot');
    await lookInTheDark(page, 'snapshot');
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    await claims.closeEditor('evidence');

    await reader.backToLibrary();
    await library.importFile(harbourPage(false));
    reader = await library.reader();
    await expect(reader.title()).toContainText(TITLE, { timeout: 30_000 });
    await reader.clickSentence(EDITED);
    await reader.pressTag('claim');
    await reader.clickSentence(DELETED);
    await reader.pressTag('denial');
    await reader.waitUntilSaved();
    await reader.backToLibrary();

    await library.importFile(harbourPage(true));
    const choice = page.getByTestId('version-choice');
    await expect(choice).toContainText(`Add as version 2 of “${TITLE}”`, { timeout: 30_000 });
    await expectNoSeriousViolations(page, 'version question');
    await lookInTheDark(page, 'version-choice');
    const versions = new VersionsPage(page);
    await versions.addAsVersion();
    await expect(versions.label()).toHaveText('Version 2 of 2', { timeout: 30_000 });
    await expect(versions.items()).toHaveCount(2);
    await expectNoSeriousViolations(page, 're-anchoring review');

    await versions.compare();
    await expect(versions.insertions().first()).toBeVisible();
    await expectNoSeriousViolations(page, 'version comparison');
    await lookInTheDark(page, 'version-diff');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
