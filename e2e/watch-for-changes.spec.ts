import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test, type FactmarkApp } from './support/app-fixture';

const CLAIM = 'Engineers found deep cracks along the northern section of the wall during a routine inspection last spring.';

/** The Harbour Herald's page at `url`: `edited` is the copy the publisher changed without saying so. */
function page(url: string, edited: boolean): string {
  const paragraphs = [
    `The port authority said on Tuesday that the northern harbour wall will be rebuilt by the end of ${edited ? 'the decade' : 'next year'}.`,
    CLAIM,
    'Ships will continue to use the southern berths while the northern wall is closed for the works, the harbour master said.',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall to be rebuilt</title>
<link rel="canonical" href="${url}"></head><body><main><article><h1>Harbour wall to be rebuilt</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
}

async function serve(body: () => string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(body()));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/harbour-wall`,
    close: () => (server.closeAllConnections(), server.close()),
  };
}

/** Waits for an import to open its article (a cold import worker takes seconds) and closes a first-run dialog if one shows. */
async function waitForArticle(app: FactmarkApp): Promise<void> {
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: 30_000 });
  const firstRun = app.page.getByTestId('profile-dialog');
  if (await firstRun.isVisible()) {
    await firstRun.getByTestId('profile-name').fill('Ana Analyst');
    await firstRun.getByTestId('profile-save').click();
  }
  await expect(firstRun).toBeHidden();
}

test('Check for changes adds a stealth-edited page as version 2, and the library marks the article', async ({ app }) => {
  test.setTimeout(120_000);
  let edited = false;
  const server = await serve(() => page(server.url, edited));
  try {
    const library = new LibraryPage(app.page);
    await library.importFile({ name: 'harbour-wall.html', mimeType: 'text/html', buffer: Buffer.from(page(server.url, false)) });
    await waitForArticle(app);
    const reader = await library.reader();
    await reader.clickSentence(CLAIM);
    await reader.pressTag('claim');
    await expect(reader.cards()).toHaveCount(1);

    const check = app.page.getByTestId('check-for-changes');
    await check.click();
    await expect(app.page.getByTestId('check-result')).toContainText('Unchanged since', { timeout: 30_000 });
    await expect(app.page.getByTestId('version-label')).toHaveText('Version 1 of 1');

    edited = true;
    await check.click();
    await expect(app.page.getByTestId('version-label')).toHaveText('Version 2 of 2', { timeout: 30_000 });
    await expect(app.page.getByTestId('article')).toContainText('by the end of the decade');
    await expect(app.page.getByTestId('check-result')).toContainText('The page changed: it is now version 2');
    expect(await reader.highlightedTexts('claim')).toEqual([CLAIM]);

    await reader.backToLibrary();
    await expect(app.page.getByTestId('card-changed')).toContainText('Changed since annotated');
  } finally {
    server.close();
  }
});

test('Open snapshot shows the kept text read-only with its address, date and SHA-256', async ({ app }) => {
  const server = await serve(() => page(server.url, false));
  try {
    const reader = await openSampleArticle(app.page);
    const claims = new ClaimsPage(app.page);
    await reader.clickSentence('Invoices obtained under a freedom-of-information');
    await reader.pressTag('evidence');
    await claims.openEvidenceEditor();
    await claims.addSource({ url: server.url, title: 'Harbour wall', publisher: 'Harbour Herald' });
    const source = claims.evidenceEditor.getByTestId('source').last();
    await source.getByTestId('snapshot-save').click();
    await expect(source.getByTestId('snapshot-cited')).toContainText(/sha256 [0-9a-f]{12}…/u, { timeout: 15_000 });

    await source.getByTestId('snapshot-open').click();
    const viewer = app.page.getByTestId('snapshot-viewer');
    await expect(viewer.getByTestId('snapshot-article')).toContainText(CLAIM);
    await expect(viewer.getByTestId('snapshot-banner')).toContainText(server.url);
    await expect(viewer.getByTestId('snapshot-sha')).toHaveText(/^[0-9a-f]{64}$/u);
    await expect(viewer.locator('mark, [data-annotation-id]')).toHaveCount(0);
    await viewer.getByTestId('snapshot-viewer-back').click();
    await expect(viewer).toBeHidden();
  } finally {
    server.close();
  }
});
