import { describe, expect, it } from 'vitest';
import { bodyLines, letterPage, textLine } from './fixtures/text-line';
import { removePageFurniture } from './find-page-furniture';

const page = (n: number, header: string, footer: string) =>
  letterPage(n, [textLine(40, header), ...bodyLines(100, [`Body text of page ${n}.`, 'More body text.']), textLine(760, footer)]);

describe('removePageFurniture', () => {
  it('drops a line repeated at the top of most pages and the page numbers at the foot', () => {
    const pages = [
      page(1, 'The Almond Courier, 4 March 2026', '1'),
      page(2, 'The Almond Courier, 4 March 2026', '2'),
      page(3, 'Special report', '3'),
    ];
    const result = removePageFurniture(pages);
    expect(result.pages.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['Body text of page 1.', 'More body text.'],
      ['Body text of page 2.', 'More body text.'],
      ['Special report', 'Body text of page 3.', 'More body text.'],
    ]);
    expect(result.dropped).toEqual([
      { page: 1, text: 'The Almond Courier, 4 March 2026', rule: 'running-header', reason: 'Repeated at the top of 2 of 3 pages' },
      { page: 1, text: '1', rule: 'page-number', reason: 'A page number at the foot of the page' },
      { page: 2, text: 'The Almond Courier, 4 March 2026', rule: 'running-header', reason: 'Repeated at the top of 2 of 3 pages' },
      { page: 2, text: '2', rule: 'page-number', reason: 'A page number at the foot of the page' },
      { page: 3, text: '3', rule: 'page-number', reason: 'A page number at the foot of the page' },
    ]);
  });

  it('compares repeated lines with their numbers ignored', () => {
    const pages = [1, 2, 3].map((n) => page(n, 'Header', `Almond Courier | ${n}`));
    expect(
      removePageFurniture(pages)
        .dropped.filter((d) => d.rule === 'running-footer')
        .map((d) => d.text),
    ).toEqual(['Almond Courier | 1', 'Almond Courier | 2', 'Almond Courier | 3']);
  });

  it('keeps a headline whose words the running head repeats in small type', () => {
    const headline = 'Flood gates failed twice';
    const pages = [
      letterPage(1, [textLine(50, headline, { size: 22 }), ...bodyLines(100, ['Body.'])]),
      ...[2, 3].map((n) => letterPage(n, [textLine(40, headline, { size: 8 }), ...bodyLines(100, ['Body.'])])),
    ];
    const result = removePageFurniture(pages);
    expect(result.pages[0]?.lines.map((l) => l.text)).toEqual([headline, 'Body.']);
    expect(result.dropped.map((d) => d.page)).toEqual([2, 3]);
  });

  it('recognises the usual ways of numbering pages', () => {
    for (const folio of ['7', 'Page 3', 'Page 3 of 9', '3 / 9', '- 4 -', 'iv']) {
      expect(removePageFurniture([page(1, 'Header', folio)]).dropped.map((d) => d.rule)).toContain('page-number');
    }
  });

  it('keeps text in the body of the page, numbers too, and a repeated line away from the edges', () => {
    const pages = [1, 2].map((n) => letterPage(n, [textLine(40, `Section ${'A'.repeat(n)}`), ...bodyLines(300, ['1', 'Repeated line'])]));
    expect(removePageFurniture(pages).dropped).toEqual([]);
  });

  it('needs a line on two pages at least to call it repeated', () => {
    expect(removePageFurniture([page(1, 'Council report', 'Printed 4 March')]).dropped).toEqual([]);
  });
});
