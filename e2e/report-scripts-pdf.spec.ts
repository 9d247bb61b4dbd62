import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { createChromiumPdfRenderer } from '../main/export/render-pdf-with-chromium';
import { buildReport } from '../shared/report/build-report';
import { EXPORTED_AT, FIXTURE_ARTICLE } from '../shared/report/fixtures/report-fixture';
import { renderHtml } from '../shared/report/html/render-html';
import { PRESET_SCALES } from '../shared/verdict';

const run = promisify(execFile);

test.describe.configure({ timeout: 90_000 });
test.skip(process.platform !== 'linux', 'the PDFs are read with poppler-utils and Debian’s Noto fonts');

for (const { lang, face, paragraph, word } of [
  { lang: 'he', face: 'NotoSerifHebrew', paragraph: 'מועצת העיר אישרה את התקציב ביום שלישי ברוב של 21 קולות.', word: 'התקציב' },
  { lang: 'hi', face: 'NotoSerifDevanagari', paragraph: 'नगर परिषद ने मंगलवार को अगले साल का बजट पारित किया।', word: 'बजट' },
]) {
  test(`a report on an article in ${lang} prints in ${face}, embedded, and its text comes back out of the PDF`, async () => {
    const dir = await mkdtemp(join(tmpdir(), `factmark-report-${lang}-`));
    try {
      const article = { ...FIXTURE_ARTICLE, lang, blocks: [{ type: 'paragraph' as const, text: paragraph }] };
      const html = renderHtml(buildReport({ article, annotations: [], scope: {}, scales: PRESET_SCALES, exportedAt: EXPORTED_AT }));
      const pdf = join(dir, 'report.pdf');
      await writeFile(pdf, await createChromiumPdfRenderer()(html));
      const fonts = (await run('pdffonts', [pdf])).stdout;
      expect(fonts).toMatch(new RegExp(`\\+${face}-Regular\\s+CID TrueType\\s+Identity-H\\s+yes`));
      expect((await run('pdftotext', [pdf, '-'])).stdout).toContain(word);
      await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, `e2e/screenshots/report-${lang}-pdf`]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
