import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { describe as describeSpan } from '../shared/anchoring';
import type { Annotation, Creator, Tag } from '../shared/model/annotation';
import { toPlainText } from '../shared/text/plain-text';
import type { Article } from '../shared/model/article';
import { ExportDialog } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { largestBlankOnEachPage, textOfPdf } from './pages/pdf-pages';
import { buildColleagueLayer, ReviewPage } from './pages/review-page';
import { expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const CLAIM =
  '"Our reserves stood at 100 per cent on the night of the storm," the authority\'s director, Helen Varga, told reporters at a news conference.';
const EVIDENCE =
  'Invoices obtained under a freedom-of-information request show that the last delivery before the storm was 180,000 litres on February 11.';
const HOSTILE_NOTE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> =HYPERLINK("http://evil.example","x")';

/** Calls the app's bridge from the page, as the renderer would, and returns the value. */
async function call<T>(page: Page, channel: string, payload: unknown): Promise<T> {
  const result = await page.evaluate<{ ok: boolean; value: T; error?: { message: string } }>(
    `window.factmark[${JSON.stringify(channel)}](${JSON.stringify(payload)})`,
  );
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

/** The analyst's claim (with claimant and verdict) and linked evidence (with a source and a hostile note) on the sample article. */
async function annotateSample(page: Page): Promise<void> {
  const [summary] = (await call<{ id: string; title: string }[]>(page, 'library:list', {})).filter((s) => s.title.startsWith(SAMPLE_TITLE));
  const { article } = await call<{ article: Article }>(page, 'document:open', { documentId: summary!.id });
  const { analyst } = await call<{ analyst: Creator }>(page, 'settings:get', {});
  const text = toPlainText(article.blocks);
  const on = (id: string, tag: Tag, quote: string, body: Partial<Annotation['body']>): Annotation => {
    const start = text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    return {
      schemaVersion: 1,
      id,
      documentId: article.id,
      creator: analyst,
      created: '2026-11-27T09:00:00.000Z',
      modified: '2026-11-27T09:00:00.000Z',
      body: { tag, note: '', ...body },
      target: { source: article.id, selector: describeSpan(text, start, start + quote.length) },
    };
  };
  const decided = '2026-11-27T09:30:00.000Z';
  await call(page, 'annotations:apply', {
    documentId: article.id,
    remove: [],
    upsert: [
      on('claim-full', 'claim', CLAIM, {
        note: 'Director quoted directly.',
        claim: {
          statement: 'The port’s fuel reserves were full on 3 March',
          claimant: { name: 'Helen Varga', kind: 'person', role: 'Director, Calder Bay Port Authority' },
          attribution: 'direct-quote',
          status: 'approved',
          verdict: { scale: 'truth-o-meter', label: 'False', justification: 'Invoices show 180,000 of 650,000 litres.', decided },
        },
      }),
      on('evidence-invoices', 'evidence', EVIDENCE, {
        note: HOSTILE_NOTE,
        links: [{ claim: 'claim-full', stance: 'refutes' }],
        sources: [
          {
            url: 'https://ledger.example/foi',
            title: 'FOI invoices',
            publisher: 'The Northern Ledger',
            excerpt: '',
            kind: 'primary-document',
            anonymous: false,
          },
        ],
      }),
    ],
  });
}

test('an analyst exports the annotated report from the menu as HTML and PDF and both show the highlights, claims and notes', async ({
  app,
  hostBrowser,
}) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await annotateSample(app.page);
  const reader = await library.openArticle(SAMPLE_TITLE);
  await expect(reader.highlights()).toHaveCount(2);
  const out = await mkdtemp(join(tmpdir(), 'factmark-e2e-export-'));

  try {
    await app.sendCommand('export-document');
    const dialog = new ExportDialog(app.page);
    await dialog.waitUntilOpen();
    await app.page.screenshot({ path: 'e2e/screenshots/export-dialog.png' });
    const htmlDownload = await dialog.export();
    expect(htmlDownload.suggestedFilename()).toBe('port-authority-says-fuel-reserves-were-full-before-calder.html');
    const htmlPath = join(out, 'report.html');
    await htmlDownload.saveAs(htmlPath);
    await expect(dialog.root).toBeHidden();

    // The report opened on its own in Chromium (a fresh context, nothing shared with the app's):
    // highlights, claims table, the note as text, nothing run.
    const reportContext = await hostBrowser.newContext({ viewport: { width: 900, height: 1200 } });
    try {
      const page = await reportContext.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
      await page.goto(`file://${htmlPath}`);
      await expect(page.locator('h1')).toHaveText(SAMPLE_TITLE + '; records tell another story');
      await expect(page.locator('.article .hl-claim')).toContainText('Our reserves stood at 100 per cent');
      await expect(page.locator('.claims tbody tr')).toHaveCount(1);
      await expect(page.locator('.claims tbody tr')).toContainText('Helen Varga');
      await expect(page.locator('.claims tbody tr')).toContainText('refutes');
      await expect(page.locator('.notes .note')).toHaveText(['Director quoted directly.', HOSTILE_NOTE]);
      await expect(page.locator('script, img')).toHaveCount(0);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([`file://${htmlPath}`]);
      await page.screenshot({ path: 'e2e/screenshots/export-report.png', fullPage: true });
    } finally {
      await reportContext.close();
    }

    await app.sendCommand('export-document');
    await dialog.waitUntilOpen();
    await dialog.chooseFormat('pdf');
    const pdfDownload = await dialog.export();
    const pdfPath = join(out, 'report.pdf');
    await pdfDownload.saveAs(pdfPath);
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');

    test.skip(
      !existsSync('/usr/bin/pdftoppm'),
      'pdftoppm (poppler-utils) is not installed, so the PDF pages cannot be turned into PNG to look at',
    );
    // Kept for people to look at, beside the other screenshots and outside Playwright's output folder, which each run empties.
    await mkdir('test-results', { recursive: true });
    for (const name of await readdir('test-results')) if (name.startsWith('export-report-pdf')) await rm(join('test-results', name));
    await promisify(execFile)('/usr/bin/pdftoppm', ['-png', '-r', '60', pdfPath, 'test-results/export-report-pdf']);
    const pages = (await readdir('test-results')).filter((name) => name.startsWith('export-report-pdf') && name.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('the HTML and PDF reports use the app’s status words, carry the warning that a verdict rests on no named source, quote once and leave no page but the last mostly blank', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await annotateSample(app.page);
  const [summary] = (await call<{ id: string; title: string }[]>(app.page, 'library:list', {})).filter((s) =>
    s.title.startsWith(SAMPLE_TITLE),
  );
  const { article } = await call<{ article: Article }>(app.page, 'document:open', { documentId: summary!.id });
  const { analyst } = await call<{ analyst: Creator }>(app.page, 'settings:get', {});
  const text = toPlainText(article.blocks);
  const claim = (id: string, quote: string, record: Record<string, unknown>): Annotation => {
    const start = text.indexOf(quote);
    return {
      schemaVersion: 1,
      id,
      documentId: article.id,
      creator: analyst,
      created: '2026-11-27T10:00:00.000Z',
      modified: '2026-11-27T10:00:00.000Z',
      body: { tag: 'claim', note: '', claim: { statement: quote.slice(0, 60), attribution: 'paraphrase', ...record } as never },
      target: { source: article.id, selector: describeSpan(text, start, start + quote.length) },
    };
  };
  const decided = '2026-11-27T10:30:00.000Z';
  await call(app.page, 'annotations:apply', {
    documentId: article.id,
    remove: [],
    upsert: [
      claim('claim-unsourced', 'The blackout lasted 19 hours', {
        status: 'in-progress',
        verdict: { scale: 'truth-o-meter', label: 'True', justification: 'The chamber says so.', decided },
      }),
      claim('claim-unstarted', 'The tanks hold 650,000 litres', { status: 'unstarted' }),
    ],
  });
  const reader = await library.openArticle(SAMPLE_TITLE);
  await expect(reader.highlights()).toHaveCount(4);
  const out = await mkdtemp(join(tmpdir(), 'factmark-e2e-export-'));
  const dialog = new ExportDialog(app.page);
  const noNamedSource = 'The verdict rests on no named source';
  try {
    await app.sendCommand('export-document');
    await dialog.waitUntilOpen();
    const htmlPath = join(out, 'report.html');
    await (await dialog.export()).saveAs(htmlPath);
    const html = await readFile(htmlPath, 'utf8');
    expect(html).toContain('>Unstarted<');
    expect(html).toContain('>In progress<');
    expect(html).not.toContain('Not started');
    expect(html).toContain(noNamedSource);
    expect(html).toContain('Our reserves stood at 100 per cent');
    expect(html).not.toMatch(/(“|&quot;|")(“|&quot;|")Our reserves/u);

    await app.sendCommand('export-document');
    await dialog.waitUntilOpen();
    await dialog.chooseFormat('pdf');
    const pdfPath = join(out, 'report.pdf');
    await (await dialog.export()).saveAs(pdfPath);
    test.skip(
      !existsSync('/usr/bin/pdftoppm'),
      'pdftoppm (poppler-utils) is not installed, so the PDF pages cannot be turned into PNG to look at',
    );
    const pdfText = (await textOfPdf(pdfPath)).replace(/\s+/gu, ' ');
    expect(pdfText).toContain('Unstarted');
    expect(pdfText).toContain('In progress');
    expect(pdfText).not.toContain('Not started');
    expect(pdfText).toContain(noNamedSource);
    expect(pdfText).toContain('Our reserves stood at 100 per cent');
    expect(pdfText).not.toMatch(/[“"][“"]Our reserves/u);
    const blank = await largestBlankOnEachPage(pdfPath, out);
    expect(blank.length).toBeGreaterThanOrEqual(2);
    expect(blank.slice(0, -1).filter((share) => share > 0.7)).toEqual([]);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('with the sidebar showing only claims, File › Export… starts from that filter and the report holds only the claims', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await annotateSample(app.page);
  const reader = await library.openArticle(SAMPLE_TITLE);
  await expect(reader.highlights()).toHaveCount(2);
  await reader.toggleFilter('denial');
  await reader.toggleFilter('evidence');
  await expect(reader.cards()).toHaveCount(1);

  await app.sendCommand('export-document');
  const dialog = new ExportDialog(app.page);
  await dialog.waitUntilOpen();
  await expect(dialog.scope('filter')).toBeChecked();
  await expect(dialog.scopeLabel('filter')).toHaveText('Current filter (claims)');
  await app.page.screenshot({ path: 'e2e/screenshots/export-dialog-filter.png' });
  const html = (await readFile(await (await dialog.export()).path())).toString('utf8');
  await expect(dialog.root).toBeHidden();

  const painted = [...html.matchAll(/class="(hl [^"]*)"/g)].map((m) => m[1]).filter((c) => !c?.includes('sample'));
  expect(painted.length).toBeGreaterThan(0);
  expect(new Set(painted)).toEqual(new Set(['hl hl-claim']));
  expect(html).toContain('Director quoted directly.');
  expect(html).not.toContain('onerror=alert(2)');
  expect(html).toContain('Only tags claim');

  // With every tag shown again, the dialog starts from the whole document and offers no filter.
  await reader.toggleFilter('denial');
  await reader.toggleFilter('evidence');
  await app.sendCommand('export-document');
  await dialog.waitUntilOpen();
  await expect(dialog.scope('document')).toBeChecked();
  await expect(dialog.scope('filter')).toHaveCount(0);
});

test('a reviewer who accepted a colleague’s tag exports the adjudicated layer as W3C annotations', async ({ app }) => {
  const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
  const documentId = (await reader.root.getAttribute('data-document-id')) ?? '';
  const review = new ReviewPage(app.page);
  await review.open();
  const ben = { id: 'ben', name: 'Ben Okafor' };
  await review.importColleagueFile(
    'ben.json',
    await buildColleagueLayer(app.storeDir, documentId, ben, [
      { tag: 'claim', quote: CLAIM },
      { tag: 'evidence', quote: EVIDENCE },
    ]),
  );
  await expect(review.cards()).toHaveCount(2);
  await review.accept('ben', 'Our reserves stood');
  await expect(review.card('ben', 'Our reserves stood')).toHaveAttribute('data-state', 'accepted');

  await app.sendCommand('export-document');
  const dialog = new ExportDialog(app.page);
  await dialog.waitUntilOpen();
  await dialog.chooseFormat('w3c');
  await dialog.chooseAnalysts(['adjudicated']);
  await expect(dialog.analystLabel('adjudicated')).toHaveText(/^Adjudicated \(by .+\)$/);
  await app.page.screenshot({ path: 'e2e/screenshots/export-dialog-adjudicated.png' });
  const w3c = JSON.parse((await readFile(await (await dialog.export()).path())).toString('utf8')) as {
    first: { items: { creator: { id: string }; target: { selector: { type: string; exact?: string }[] } }[] };
  };
  expect(w3c.first.items).toHaveLength(1);
  expect(w3c.first.items[0]?.creator.id).toBe('urn:factmark:analyst:adjudicated');
  expect(w3c.first.items[0]?.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact).toBe(CLAIM);
});
