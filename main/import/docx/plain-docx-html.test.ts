import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticleParts } from '../html/html-to-article-parts';
import { hostileDocxPayloads } from '../test-support/hostile/hostile-docx-payloads';
import { mammothHtml } from './docx-to-article-parts';
import { ROOF_SURVEY_DOCX } from './fixtures/lowmere-gazette-roof-survey';
import { plainDocxHtml } from './plain-docx-html';
import { buildDocx, type DocxParagraph } from './test-support/build-docx';

// The article the HTML reads as, through the route docxToArticleParts takes.
const articleOf = (html: string) =>
  htmlToArticleParts(`<!doctype html><html><head></head><body>${html}</body></html>`, { fileName: 'x.docx', extract: 'document' });

// A document with everything the plain reader writes itself: every paragraph style it knows, two
// quotes in a row, emphasis, links whose targets need escaping, and text that looks like markup.
const PLAIN: DocxParagraph[] = [
  { style: 'Title', runs: ['Harbour dues rise by a third & the board says <why>'] },
  { runs: ['By Ana Ferreira'] },
  {
    runs: [
      'The board ',
      { text: 'voted', italic: true },
      ' on "Tuesday" — see ',
      { text: 'the minutes', href: 'https://harbour.example/minutes?a=1&b="2"' },
      '.',
    ],
  },
  { style: 'Heading1', runs: ['What the board said'] },
  { style: 'Quote', runs: ['We had no choice.'] },
  { style: 'Quote', runs: ['The dredging must be paid for.'] },
  { style: 'Caption', runs: ['The harbour at low tide. Photo: Ana Ferreira'] },
  { style: 'Heading2', runs: ['What happens next'] },
  { style: 'ListParagraph', runs: ['A list style without numbering is a paragraph, to mammoth too.'] },
  { runs: ['Dues rise in April.\tThe fishermen’s association will appeal.'] },
];

async function bothWays(bytes: Uint8Array) {
  const zip = Buffer.from(bytes);
  return { plain: await plainDocxHtml(zip), mammoth: (await mammothHtml(zip, 'x.docx')).html };
}

describe('plainDocxHtml', () => {
  for (const [name, paragraphs] of [
    ['every plain feature', PLAIN],
    ['the roof-survey article', ROOF_SURVEY_DOCX],
  ] as const) {
    it(`reads ${name} as the same article as mammoth does`, async () => {
      const { plain, mammoth } = await bothWays(await buildDocx(paragraphs));
      expect(plain).toBeDefined();
      expect(articleOf(plain!)).toEqual(articleOf(mammoth));
    });
  }

  it('reads the e2e roof-survey document as the same article as mammoth does', async () => {
    const bytes = await readFile(join(import.meta.dirname, '..', '..', '..', 'e2e', 'fixtures', 'import', 'roof-survey.docx'));
    const { plain, mammoth } = await bothWays(bytes);
    expect(plain).toBeDefined();
    expect(articleOf(plain!)).toEqual(articleOf(mammoth));
  });

  it('leaves embedded HTML and linked images to mammoth', async () => {
    const story = { runs: ['The harbour board approved the dredging contract on Tuesday.'] };
    expect(await plainDocxHtml(Buffer.from(await buildDocx([story], { altChunkHtml: '<p>Embedded</p>' })))).toBeUndefined();
    expect(await plainDocxHtml(Buffer.from(await buildDocx([story], { linkedImageUrl: 'http://127.0.0.1:9/x.png' })))).toBeUndefined();
  });

  it('reads every hostile Word document as mammoth does, or leaves it to mammoth', { timeout: 60_000 }, async () => {
    let read = 0;
    for (const payload of await hostileDocxPayloads()) {
      const { plain, mammoth } = await bothWays(payload.bytes);
      if (plain === undefined) continue;
      read += 1;
      expect(articleOf(plain), payload.id).toEqual(articleOf(mammoth));
    }
    expect(read).toBeGreaterThan(0);
  });
});
