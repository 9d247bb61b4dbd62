import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../shared/segment';
import { toPlainText } from '../../../shared/text/plain-text';
import { FLOOD_GATE_ARTICLE } from './fixtures/flood-gate-article';
import { writeSimplePdf, type SimplePage } from './fixtures/write-simple-pdf';
import { pdfToArticleParts } from './pdf-to-article-parts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

// Typographic quotes and spacing may differ between routes; the words may not.
const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const sentences = (text: string) => segmentText(text).map((s) => normalise(text.slice(s.start, s.end)));

describe('pdfToArticleParts on an article printed by Chromium', () => {
  for (const [name, pages] of [
    ['flood-gate-article.pdf', 4],
    ['flood-gate-article-columns.pdf', 2],
  ] as const) {
    describe(name, async () => {
      const parts = await pdfToArticleParts(fixture(name), name);

      it('gives back the blocks of the source article, hyphenation undone', () => {
        expect(parts.blocks.map((b) => ({ type: b.type, text: normalise(b.text) }))).toEqual(
          FLOOD_GATE_ARTICLE.blocks.map((b) => ({ type: b.type, text: normalise(b.text) })),
        );
      });

      it('yields the same sentences as the source text', () => {
        expect(sentences(toPlainText(parts.blocks))).toEqual(sentences(toPlainText(FLOOD_GATE_ARTICLE.blocks)));
      });

      it('reads title, author and creation date from the PDF', () => {
        expect(parts.metadata).toEqual({
          title: FLOOD_GATE_ARTICLE.title,
          byline: FLOOD_GATE_ARTICLE.author,
          published: FLOOD_GATE_ARTICLE.creationDate.iso,
        });
      });

      it('numbers every block with the page it starts on', () => {
        const numbers = parts.blocks.map((b) => b.page ?? 0);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(pages);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      });

      it('drops the running head and the page number of every page and lists them', () => {
        for (let page = 1; page <= pages; page++) {
          const dropped = parts.dropped.filter((d) => d.page === page);
          expect(dropped.map((d) => d.rule)).toEqual(['running-header', 'page-number']);
          expect(dropped[0]?.text).toBe(FLOOD_GATE_ARTICLE.runningHeader);
          expect(dropped[1]?.text).toMatch(new RegExp(`^(Page )?${page}( of ${pages})?$`));
        }
      });
    });
  }
});

describe('pdfToArticleParts on a PDF with text printed sideways', () => {
  it('leaves the sideways text out and lists it', async () => {
    const pdf = writeSimplePdf([
      {
        texts: [
          { x: 72, y: 700, size: 11, text: 'The council published the report on Friday.' },
          { x: 30, y: 200, size: 8, text: 'Downloaded by a reader on 5 March 2026', sideways: true },
        ],
      },
    ]);
    const parts = await pdfToArticleParts(pdf, 'margin.pdf');
    expect(parts.blocks.map((b) => b.text)).toEqual(['The council published the report on Friday.']);
    expect(parts.dropped).toEqual([
      {
        line: 0,
        page: 1,
        text: 'Downloaded by a reader on 5 March 2026',
        rule: 'sideways-text',
        reason: 'Printed sideways or rotated, outside the text',
      },
    ]);
  });
});

describe('pdfToArticleParts refusing what it cannot read', () => {
  it('says a PDF with only an image has no text layer', async () => {
    await expect(pdfToArticleParts(fixture('scanned.pdf'), 'scanned.pdf')).rejects.toThrow(
      '"scanned.pdf" has no text layer (it looks scanned); Factmark cannot read text from images.',
    );
  });

  it('says a truncated or corrupt file is damaged', async () => {
    await expect(pdfToArticleParts(fixture('truncated.pdf'), 'truncated.pdf')).rejects.toThrow(
      '"truncated.pdf" is damaged or not a complete PDF.',
    );
    const garbage = new TextEncoder().encode('%PDF-1.7\n' + 'not a pdf at all\n'.repeat(50));
    await expect(pdfToArticleParts(garbage, 'garbage.pdf')).rejects.toThrow('"garbage.pdf" is damaged or not a complete PDF.');
  });

  it('names the page that cannot be read in a file that opens', async () => {
    const pages = [1, 2, 3].map((n): SimplePage => ({ texts: [{ x: 72, y: 700, size: 11, text: `Page ${n} of the report.` }] }));
    // Object 8 is the second page's dictionary; a string in its place leaves no page to read.
    const broken = Buffer.from(writeSimplePdf(pages)).toString('latin1').replace('8 0 obj\n<< /Type /Page', '8 0 obj\n(not a page)  ');
    await expect(pdfToArticleParts(new Uint8Array(Buffer.from(broken, 'latin1')), 'broken.pdf')).rejects.toThrow(
      '"broken.pdf" is damaged or not a complete PDF (page 2 cannot be read).',
    );
  });

  it('reads a PDF encrypted only against copying or printing (an empty user password)', async () => {
    const pdf = writeSimplePdf([{ texts: [{ x: 72, y: 700, size: 11, text: 'Restricted but readable.' }] }], {
      password: { user: '', owner: 'publisher' },
    });
    expect((await pdfToArticleParts(pdf, 'restricted.pdf')).blocks.map((b) => b.text)).toEqual(['Restricted but readable.']);
  });

  it('says a PDF protected by a password cannot be opened', async () => {
    await expect(pdfToArticleParts(fixture('password.pdf'), 'password.pdf')).rejects.toThrow(/^"password.pdf" is protected by a password/);
  });
});

// 45 lines a page, each page one paragraph ending in a short line. The words differ from page to
// page: lines that repeat at a page's edge on every page are running heads.
const WORDS = ['gates', 'pumps', 'tides', 'banks', 'weirs', 'sluices', 'levees'];
const lorem = (page: number, line: number) =>
  line === 45
    ? `the ${WORDS[page % 5]}.`
    : `Line ${line} on the ${WORDS[page % 7]} and the ${WORDS[(page + line) % 7]} of the long council report on the flood and the`;
const longPdf = (pageCount: number) =>
  writeSimplePdf(
    Array.from({ length: pageCount }, (_, p): SimplePage => ({
      texts: [
        { x: 72, y: 750, size: 8, text: 'The Almond Courier' },
        ...Array.from({ length: 45 }, (_, l) => ({ x: 72, y: 700 - l * 14, size: 11, text: lorem(p + 1, l + 1) })),
        { x: 300, y: 40, size: 8, text: String(p + 1) },
      ],
    })),
  );

describe('pdfToArticleParts while it works', () => {
  it('reports progress after every page', async () => {
    const progress: [number, number][] = [];
    await pdfToArticleParts(fixture('flood-gate-article.pdf'), 'a.pdf', { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('stops between pages once cancelled, with the signal’s reason', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const run = pdfToArticleParts(fixture('flood-gate-article.pdf'), 'a.pdf', {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([1, 2]);
    await expect(pdfToArticleParts(fixture('flood-gate-article.pdf'), 'a.pdf', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  // The longest stall (under 1 s; assembling the article at the end blocks longest) is a timing
  // guard in `npm run bench`; here, that other work gets a turn after every page.
  it('keeps the event loop turning through a 500-page PDF', { timeout: 120_000 }, async () => {
    const bytes = longPdf(500);
    let turns = 0;
    let reading = true;
    const countTurns = () => {
      turns += 1;
      if (reading) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    const parts = await pdfToArticleParts(bytes, 'long.pdf');
    reading = false;
    expect(parts.blocks).toHaveLength(500);
    expect(parts.dropped).toHaveLength(1000);
    expect(turns).toBeGreaterThanOrEqual(500);
  });
});
