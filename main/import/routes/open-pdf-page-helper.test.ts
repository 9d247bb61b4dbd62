import { describe, expect, it } from 'vitest';
import { writeSimplePdf, type SimplePage } from '../pdf/fixtures/write-simple-pdf';
import { HELPER_FROM_PAGES, pdfToArticleParts, type PageHelper } from '../pdf';
import { openPdfPageHelper, startPdfPageHelper } from './open-pdf-page-helper';

// A report of `count` pages: a running head, two paragraphs, a sideways note on every third page
// and the page number, so every step that reads a page (and lists what it dropped) is exercised.
function report(count: number): Uint8Array {
  const pages: SimplePage[] = Array.from({ length: count }, (_, i) => ({
    texts: [
      { x: 72, y: 760, size: 9, text: 'Harbour Authority annual report' },
      { x: 72, y: 700, size: 11, text: `On page ${i + 1} the authority reports the dues it collected in the quarter.` },
      { x: 72, y: 686, size: 11, text: 'The figures were checked by the auditor before publication.' },
      { x: 72, y: 640, size: 11, text: `The second paragraph of page ${i + 1} names the berths that were dredged.` },
      ...(i % 3 === 0 ? [{ x: 30, y: 300, size: 8, text: `Filed copy ${i + 1}`, sideways: true }] : []),
      { x: 300, y: 40, size: 9, text: String(i + 1) },
    ],
  }));
  return writeSimplePdf(pages, { info: { Title: 'Harbour Authority annual report', Author: 'Port Office' } });
}

// Counts the pages the helper read.
function counting(helper: PageHelper | undefined, read: number[]): PageHelper | undefined {
  return helper && { read: (page) => (read.push(page), helper.read(page)), close: () => helper.close() };
}

describe('openPdfPageHelper', () => {
  it('reads a share of a long PDF in a second thread, and the article is the one read on one thread', { timeout: 120_000 }, async () => {
    expect(openPdfPageHelper(report(1))).toBeUndefined();
    // The helper's first start loads pdf.js; started here, it is ready when the long PDF comes.
    startPdfPageHelper();
    const warm = openPdfPageHelper(report(1))!;
    await warm.read(1);
    warm.close();

    const pdf = report(3 * HELPER_FROM_PAGES);
    const alone = await pdfToArticleParts(pdf, 'report.pdf');
    const read: number[] = [];
    const shared = await pdfToArticleParts(pdf, 'report.pdf', { openHelper: (bytes) => counting(openPdfPageHelper(bytes), read) });
    expect(read.length).toBeGreaterThan(0);
    expect(shared).toEqual(alone);
    expect(alone.dropped.filter((d) => d.rule === 'sideways-text')).toHaveLength(HELPER_FROM_PAGES);
  });

  it('is not asked for a short PDF', async () => {
    let asked = false;
    await pdfToArticleParts(report(HELPER_FROM_PAGES - 1), 'short.pdf', {
      openHelper: () => {
        asked = true;
        return undefined;
      },
    });
    expect(asked).toBe(false);
  });
});
