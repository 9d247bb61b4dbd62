import { expect, test } from '../support/app-fixture';
import type { Article } from '../../shared/model/article';
import { callSource, PASTE_CLIPBOARD } from '../pages/in-page-scripts';
import { LibraryPage } from '../pages/library-page';
import { ReaderPage } from '../pages/reader-page';
import { exerciseFrame } from './support/exercise-page';
import { openHostileApp, type HostileApp } from './support/hostile-app';
import { hostileImports, inBatches, type HostileImport } from './support/hostile-files';
import { findActiveContent, pageMachinery } from './support/inspect-dom';
import { payloadTexts } from './support/payload-texts';
import { exerciseReader } from './support/show-in-reader';

// Pasted HTML is sent to main as a string and read by the same web-page route as a saved .html
// file (importPastedHtml → the import worker's htmlToArticleParts), which hostile-import.spec.ts
// gives every web-page payload. Here a sample goes through the paste dialog itself: bulletins
// spread over the whole corpus (URLs in every context, handlers, scripts, SVG and MathML, frames,
// forms, CSS, mutation XSS, encoded markup) and the head payloads that need a page of their own.
const PASTED_BULLETINS = 7;
const PASTED_HEAD_PAYLOADS = ['html/meta-base/meta-refresh-head', 'html/meta-base/base-javascript', 'html/script/in-head'];

// The text corpus pasted as plain text, in this many pastes.
const TEXT_PASTES = 4;

/** Ctrl+Shift+V, then a paste into the dialog's text area carrying `html` and `text`, as a browser's copy of a page does. */
async function pasteIntoDialog(app: HostileApp, clipboard: { html?: string; text: string }): Promise<void> {
  await app.page.keyboard.press('Control+Shift+V');
  const dialog = app.page.getByTestId('paste-dialog');
  await expect(dialog).toBeVisible();
  if (clipboard.html === undefined) await dialog.getByTestId('paste-text').fill(clipboard.text);
  else {
    await app.page.evaluate(callSource(PASTE_CLIPBOARD, { html: clipboard.html, text: clipboard.text }));
    await expect(dialog.getByTestId('paste-html-note')).toBeVisible();
  }
  // The dialog shows what was pasted as text in its text area, and nothing in it acts.
  await expect(dialog.getByTestId('paste-text')).toHaveValue(clipboard.text);
  await exerciseFrame(app.page.mainFrame(), { selector: '[data-testid="paste-dialog"]', click: false });
  expect(
    await findActiveContent(app.page, '[data-testid="paste-dialog"]', { appControls: true }),
    'active content in the paste dialog',
  ).toEqual([]);
  expect(app.detector.takeFindings(), 'findings in the paste dialog').toEqual([]);
  await dialog.getByTestId('paste-submit').click();
}

async function storedArticle(app: HostileApp, documentId: string): Promise<Article> {
  const opened = await app.page.evaluate<{ ok: boolean; value: { article: Article } }>(
    `window.factmark['document:open'](${JSON.stringify({ documentId })})`,
  );
  expect(opened.ok).toBe(true);
  return opened.value.article;
}

test.describe('hostile pastes', () => {
  test.describe.configure({ mode: 'parallel', timeout: 90_000 });

  test('hostile web pages pasted as HTML into the paste dialog show as inert text: nothing runs, navigates or is requested', async ({
    hostBrowser,
  }) => {
    const html = (await hostileImports(10)).filter((file) => file.route === 'html');
    const bulletins = html.filter((file) => file.payloads.length > 1);
    const step = bulletins.length / PASTED_BULLETINS;
    const sample: HostileImport[] = [
      ...Array.from({ length: PASTED_BULLETINS }, (_, index) => bulletins[Math.floor(index * step)]!),
      ...html.filter((file) => PASTED_HEAD_PAYLOADS.includes(file.id)),
    ];
    const app = await openHostileApp(hostBrowser);
    try {
      const library = new LibraryPage(app.page);
      await library.waitUntilShown();
      const machinery = await pageMachinery(app.page);
      for (const file of sample) {
        await pasteIntoDialog(app, { html: file.source!, text: file.source! });
        const reader = new ReaderPage(app.page);
        await reader.waitUntilOpen();
        const shown = await exerciseReader(app.page);
        if (file === sample[0]) await app.page.screenshot({ path: 'e2e/screenshots/hostile-pasted-html.png' });
        expect(shown.activeContent, `active content from ${file.id}`).toEqual([]);
        expect(app.detector.takeFindings(), `findings from ${file.id}`).toEqual([]);
        for (const closing of file.closings) expect(shown.text, `${file.id}: the text after a payload`).toContain(closing);
        for (const payload of file.payloads) {
          if (payload.shows === 'nothing') expect(shown.text, payload.id).not.toContain(payload.marker);
          else if (payload.shows !== 'text') expect(shown.text, payload.id).toContain(payload.shows.literal);
        }
        await reader.backToLibrary();
        await library.waitUntilShown();
      }
      expect(await pageMachinery(app.page), 'script, meta, base, link, style or frame elements added to the page').toEqual(machinery);
      expect(app.detector.findings).toEqual([]);
      const payloads = sample.reduce((sum, file) => sum + file.payloads.length, 0);
      console.log(`  pasted HTML: ${payloads} payloads in ${sample.length} pastes through the paste dialog, shown`);
    } finally {
      await app.close();
    }
  });

  test('the hostile corpus pasted as plain text shows as the text it is: nothing runs, navigates or is requested', async ({
    hostBrowser,
  }) => {
    const texts = payloadTexts();
    const pastes = inBatches(texts, Math.ceil(texts.length / TEXT_PASTES));
    const app = await openHostileApp(hostBrowser);
    try {
      const library = new LibraryPage(app.page);
      await library.waitUntilShown();
      const machinery = await pageMachinery(app.page);
      for (const [index, paste] of pastes.entries()) {
        await pasteIntoDialog(app, {
          text: [`Markup quoted in the council's files, part ${index + 1}`, ...paste.map((payload) => payload.text)].join('\n\n'),
        });
        const reader = new ReaderPage(app.page);
        await reader.waitUntilOpen();
        const shown = await exerciseReader(app.page);
        if (index === 0) await app.page.screenshot({ path: 'e2e/screenshots/hostile-pasted-text.png' });
        expect(shown.activeContent, `active content in paste ${index + 1}`).toEqual([]);
        expect(app.detector.takeFindings(), `findings in paste ${index + 1}`).toEqual([]);

        // Every payload is there as text: in the article, its header, or among the lines cleaning
        // dropped (listed, and inert, in the cleaning panel).
        const article = await storedArticle(app, (await reader.root.getAttribute('data-document-id'))!);
        const header = (await app.page.locator('.article-header').textContent()) ?? '';
        const everything = [shown.text, header, ...article.cleaning.dropped.map((line) => line.text)].join('\n');
        for (const payload of paste.filter((one) => one.text.includes(one.marker)))
          expect(everything, payload.id).toContain(payload.marker);
        if (article.cleaning.dropped.length > 0) {
          await reader.openCleaning();
          await exerciseFrame(app.page.mainFrame(), { selector: '[data-testid="cleaning-panel"]', click: false });
          expect(
            await findActiveContent(app.page, '[data-testid="cleaning-panel"]', { appControls: true }),
            'active content in the cleaning panel',
          ).toEqual([]);
          expect(app.detector.takeFindings(), 'findings in the cleaning panel').toEqual([]);
        }
        await reader.backToLibrary();
        await library.waitUntilShown();
      }
      expect(await pageMachinery(app.page), 'script, meta, base, link, style or frame elements added to the page').toEqual(machinery);
      expect(app.detector.findings).toEqual([]);
      console.log(`  pasted text: ${texts.length} payloads in ${pastes.length} pastes through the paste dialog, shown`);
    } finally {
      await app.close();
    }
  });
});
