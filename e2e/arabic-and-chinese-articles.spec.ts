import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { ExportDialog } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import type { ReaderPage } from './pages/reader-page';
import { expect, test, type FactmarkApp } from './support/app-fixture';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'scripts');
const run = promisify(execFile);

// The first web page starts the import worker: seconds on a busy two-core machine. PDF export
// starts a Chromium of its own.
test.describe.configure({ timeout: 180_000 });

async function importFixture(app: FactmarkApp, name: string): Promise<ReaderPage> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.sendCommand('open-file');
  await (await chooser).setFiles(join(FIXTURES, name));
  await expect(app.page.getByTestId('article')).toBeVisible({ timeout: 30_000 });
  return new LibraryPage(app.page).reader();
}

/** Exports the open article as `format` into `dir` and returns the file's path. */
async function exportAs(app: FactmarkApp, format: 'html' | 'pdf', dir: string): Promise<string> {
  await app.sendCommand('export-document');
  const dialog = new ExportDialog(app.page);
  await dialog.waitUntilOpen();
  await dialog.chooseFormat(format);
  const path = join(dir, `report.${format}`);
  await (await dialog.export()).saveAs(path);
  await expect(dialog.root).toBeHidden();
  return path;
}

/**
 * Opens the HTML report on its own, in a fresh context of the worker's Chromium (nothing shared
 * with the app's), checks it with `check`, and keeps a screenshot of it.
 */
async function lookAtHtmlReport(browser: Browser, path: string, screenshot: string, check: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 900, height: 1100 } });
  try {
    const page = await context.newPage();
    await page.goto(`file://${path}`);
    await check(page);
    await page.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await context.close();
  }
}

/** The fonts a PDF embeds (pdffonts), its text (pdftotext), and its first page as PNG (pdftoppm) at `png`. */
async function readPdf(path: string, png: string): Promise<{ fonts: string; text: string }> {
  const fonts = (await run('pdffonts', [path])).stdout;
  const text = (await run('pdftotext', ['-layout', path, '-'])).stdout;
  await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', path, png]);
  return { fonts, text };
}

/** The names of the fonts `pdffonts` lists that are not embedded. */
function notEmbedded(fonts: string): string[] {
  return fonts
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() && !/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))
    .map((line) => line.split(/\s+/)[0]!);
}

test.skip(process.platform !== 'linux', 'the reports are checked with poppler-utils and Debian’s Noto fonts');

test('an Arabic article reads right to left, is tagged and noted, and exports to HTML and PDF in Arabic faces', async ({
  app,
  hostBrowser,
}) => {
  const out = await mkdtemp(join(tmpdir(), 'factmark-arabic-'));
  try {
    const reader = await importFixture(app, 'ar-hospitals.html');
    await expect(app.page.getByTestId('reader-lang')).toHaveText('Arabic');
    await expect(reader.article).toHaveAttribute('lang', 'ar');
    const paragraph = reader.article.locator('p', { hasText: 'وقالت وكالة Reuters' });
    await expect(paragraph).toHaveAttribute('dir', 'rtl');
    await expect(paragraph).toHaveCSS('direction', 'rtl');
    await expect(paragraph).toHaveCSS('font-family', /^"Noto Naskh Arabic"/);

    await reader.clickSentence('وقالت وكالة Reuters');
    await reader.pressTag('claim');
    await reader.clickSentence('تعمل بأكثر من طاقتها');
    await reader.pressTag('evidence');
    await expect(reader.highlights()).toHaveCount(2);
    await reader.setNote('وقالت وكالة Reuters', 'الرقم 15% من Reuters يحتاج إلى مصدر ثانٍ (2024).');
    await expect(reader.card('وقالت وكالة Reuters').getByTestId('card-quote')).toHaveCSS('unicode-bidi', 'plaintext');
    await reader.waitUntilSaved();
    await app.page.screenshot({ path: 'e2e/screenshots/arabic-reader.png' });

    const html = await exportAs(app, 'html', out);
    await lookAtHtmlReport(hostBrowser, html, 'e2e/screenshots/arabic-report.png', async (page) => {
      await expect(page.locator('.article')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('.article p[dir="rtl"]', { hasText: 'Reuters' })).toHaveCSS('direction', 'rtl');
      await expect(page.locator('.article .hl-claim')).toContainText('ارتفعت بنسبة 15%');
      await expect(page.locator('.notes .note')).toHaveCSS('unicode-bidi', 'plaintext');
    });

    const pdf = await readPdf(await exportAs(app, 'pdf', out), 'e2e/screenshots/arabic-report-pdf');
    expect(pdf.fonts).toMatch(/NotoNaskhArabic/);
    expect(notEmbedded(pdf.fonts)).toEqual([]);
    // pdftotext gives Arabic back in reading order, letters joined or not as the PDF maps them.
    expect(pdf.text.normalize('NFKC')).toContain('مستشفيات');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('a Chinese article is read, tagged and exported to HTML and PDF in Chinese faces', async ({ app, hostBrowser }) => {
  const out = await mkdtemp(join(tmpdir(), 'factmark-chinese-'));
  try {
    const reader = await importFixture(app, 'zh-metro.html');
    await expect(app.page.getByTestId('reader-lang')).toHaveText('Chinese (China)');
    const paragraph = reader.article.locator('p', { hasText: '票价将保持不变' });
    await expect(paragraph).toHaveCSS('font-family', /^"Noto Serif CJK SC"/);
    await expect(paragraph).not.toHaveAttribute('dir', 'rtl');

    await reader.clickSentence('票价将保持不变');
    await reader.pressTag('claim');
    await reader.clickSentence('项目总投资已超出预算');
    await reader.pressTag('denial');
    await expect(reader.highlights()).toHaveCount(2);
    expect(await reader.highlightedTexts('claim')).toEqual(['市长说：“三号线通车后，票价将保持不变。”']);
    await reader.waitUntilSaved();
    await app.page.screenshot({ path: 'e2e/screenshots/chinese-reader.png' });

    const html = await exportAs(app, 'html', out);
    await lookAtHtmlReport(hostBrowser, html, 'e2e/screenshots/chinese-report.png', async (page) => {
      await expect(page.locator('.article')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('.article .hl-claim')).toHaveText('市长说：“三号线通车后，票价将保持不变。”');
      await expect(page.locator('.claims tbody tr')).toHaveCount(1);
      await expect(page.locator('.article p').first()).toHaveCSS('font-family', /^"Noto Serif CJK SC"/);
    });

    const pdf = await readPdf(await exportAs(app, 'pdf', out), 'e2e/screenshots/chinese-report-pdf');
    // Chromium draws the CJK faces (CFF outlines in a collection) as embedded Type 3 glyphs, so
    // the PDF names none: the face is checked in the HTML report, the glyphs here by their text.
    expect(notEmbedded(pdf.fonts)).toEqual([]);
    expect(pdf.text).toContain('三号线通车后');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
