import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClaimsPage } from './pages/claims-page';
import { openSampleArticle } from './pages/sample-article';
import { expect, test } from './support/app-fixture';

const page = (second: string) =>
  `<!doctype html><html lang="en"><head><title>Fuel records</title></head><body><article><h1>Fuel records</h1>
<p>The harbour office published its delivery records for the first quarter of the year on Monday morning.</p>
<p>${second}</p><p>The records were compiled from invoices filed with the regional chamber of commerce.</p></article></body></html>`;

test('a source keeps a dated snapshot of its page, opens it read-only in the reader, says whether the page changed since, and takes a saved copy offline', async ({
  app,
}) => {
  let second = 'They show one delivery of 180,000 litres before the storm.';
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page(second)));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/records`;
  try {
    const reader = await openSampleArticle(app.page);
    const claims = new ClaimsPage(app.page);
    await reader.clickSentence('Invoices obtained under a freedom-of-information');
    await reader.pressTag('evidence');
    await claims.openEvidenceEditor();
    await claims.addSource({ url, title: 'Fuel records', publisher: 'Harbour office' });
    const source = claims.evidenceEditor.getByTestId('source').last();

    await source.getByTestId('snapshot-save').click();
    await expect(source.getByTestId('snapshot-cited')).toContainText(/archived .*, sha256 [0-9a-f]{12}…/u, {
      // The first page read starts main's import worker.
      timeout: 15_000,
    });
    await source.getByTestId('snapshot-check').click();
    await expect(source.getByTestId('snapshot-message')).toContainText('Unchanged since the snapshot');
    second = 'They show two deliveries before the storm.';
    await source.getByTestId('snapshot-check').click();
    await expect(source.getByTestId('snapshot-message')).toContainText(
      'Changed since the snapshot: 0 sentences edited, 1 added, 1 removed',
    );

    await source.getByTestId('snapshot-open').click();
    const viewer = app.page.getByTestId('snapshot-viewer');
    await expect(viewer.getByTestId('snapshot-banner')).toContainText(`Snapshot of ${url} — archived `);
    await expect(viewer.getByTestId('snapshot-banner')).toContainText(/, HTTP 200, sha256 [0-9a-f]{12}…$/u);
    const snapshot = viewer.getByTestId('snapshot-article');
    await expect(snapshot).toHaveAttribute('contenteditable', 'false');
    await expect(snapshot.getByRole('heading', { name: 'Fuel records' })).toBeVisible();
    await expect(snapshot).toContainText('They show one delivery of 180,000 litres before the storm.');
    const evidenceTagged = await reader.count('evidence');
    const kept = (await snapshot.textContent()) ?? '';
    await snapshot.getByText('They show one delivery').click();
    await expect(snapshot).toBeFocused();
    for (const key of ['1', '3', 'j', 'x', 'Backspace']) await app.page.keyboard.press(key);
    await expect(snapshot).toHaveText(kept);
    await expect(snapshot.locator('mark, [data-annotation-id]')).toHaveCount(0);
    await app.page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    await expect(source.getByTestId('snapshot-open')).toBeFocused();
    expect(await reader.count('evidence')).toBe(evidenceTagged);

    await source
      .getByTestId('snapshot-file')
      .setInputFiles({ name: 'records.html', mimeType: 'text/html', buffer: Buffer.from(page(second)) });
    await expect(source.getByTestId('snapshot-cited')).toContainText('saved copy attached');
    await claims.closeEditor('evidence');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
