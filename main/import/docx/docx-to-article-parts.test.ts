import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../shared/ipc/result';
import { toPlainText } from '../../../shared/text/plain-text';
import { docxToArticleParts, EMBEDDED_HTML_NOTE } from './docx-to-article-parts';
import { ROOF_SURVEY_DOCX } from './fixtures/lowmere-gazette-roof-survey';
import { buildDocx } from './test-support/build-docx';

const outline = (blocks: ReadonlyArray<{ type: string; text: string }>) =>
  blocks.map((block) => `${block.type}: ${block.text.split(' ').slice(0, 4).join(' ')}`);

describe('docxToArticleParts on a reporter’s Word file', async () => {
  const parts = await docxToArticleParts(await buildDocx(ROOF_SURVEY_DOCX), { fileName: 'eastgate.docx' });

  it('takes the title from the Title style and the byline and date from their lines', () => {
    expect(parts.metadata).toEqual({
      title: 'Lowmere council admits roof survey at Eastgate school was never carried out',
      byline: 'Priya Castell',
      published: '2025-02-11',
      publishedText: '11 February 2025',
    });
    expect(parts.dropped.map((drop) => `${drop.line}: ${drop.rule}`)).toEqual(['1: metadata', '2: metadata']);
  });

  it('maps Word styles to headings, quote, caption and paragraphs', () => {
    expect(outline(parts.blocks)).toEqual([
      'title: Lowmere council admits roof',
      'paragraph: Lowmere council has admitted',
      'caption: Part of the ceiling',
      'paragraph: The admission came in',
      'paragraph: “We were assured in',
      'heading: What the council said',
      'paragraph: Minutes of the council’s',
      'paragraph: The council’s written answer,',
      'paragraph: A council spokesperson said',
      'blockquote: “Parents deserve to know',
      'heading: Other schools',
      'paragraph: The same maintenance schedule',
      'paragraph: Four were carried out',
      'paragraph: Five were booked with',
      'paragraph: Two have no contractor',
      'paragraph: The council said it',
      'paragraph: Tips about school buildings',
    ]);
    expect(parts.notes).toEqual([]);
  });

  it('keeps hyperlinks as links over their text', () => {
    const links = parts.blocks.flatMap((block) =>
      (block.links ?? []).map((link) => `${block.text.slice(link.start, link.end)} → ${link.href}`),
    );
    expect(links).toEqual([
      'written answer → https://lowmere.example.gov/answers/2025/017',
      'newsdesk@lowmere-gazette.example → mailto:newsdesk@lowmere-gazette.example',
    ]);
  });
});

describe('docxToArticleParts on hostile Word files', () => {
  const story = { runs: ['The harbour board approved the dredging contract on Tuesday after a four-hour debate.'] };

  it('keeps the text of links with unsafe targets but not the links', async () => {
    const bytes = await buildDocx([
      {
        runs: [
          'Read ',
          { text: 'the minutes', href: 'javascript:alert(1)' },
          ' or ',
          { text: 'the file', href: 'file:///etc/passwd' },
          '.',
        ],
      },
    ]);
    const parts = await docxToArticleParts(bytes, { fileName: 'links.docx' });
    expect(parts.blocks).toEqual([{ type: 'paragraph', text: 'Read the minutes or the file.' }]);
  });

  it('never fetches an image the document links to from outside', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chart.png`;
      const parts = await docxToArticleParts(await buildDocx([story], { linkedImageUrl: url }), { fileName: 'linked.docx' });
      expect(parts.images).toEqual([{ alt: 'Linked chart', block: 1, offset: 0 }]);
      // Control: the server does answer, so a fetch by the importer would have been counted.
      await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/control`);
      expect(requests).toEqual(['/control']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('leaves embedded HTML (altChunk) out and says so', async () => {
    const bytes = await buildDocx([story], {
      altChunkHtml: '<html><body><p>Chunk text<script>alert(1)</script><img src=x onerror=alert(2)></p></body></html>',
    });
    const parts = await docxToArticleParts(bytes, { fileName: 'chunk.docx' });
    expect(toPlainText(parts.blocks)).not.toMatch(/Chunk|alert/u);
    expect(parts.notes).toEqual([EMBEDDED_HTML_NOTE]);
  });

  it('ignores a style map embedded in the document', async () => {
    const parts = await docxToArticleParts(await buildDocx([story], { embeddedStyleMap: 'p => script' }), { fileName: 'mapped.docx' });
    expect(parts.blocks).toEqual([{ type: 'paragraph', text: story.runs[0] }]);
  });

  it('refuses a truncated or non-Word file, naming it', async () => {
    const bytes = await buildDocx([story]);
    await expect(docxToArticleParts(bytes.subarray(0, bytes.length - 40), { fileName: 'cut.docx' })).rejects.toThrow(UserFacingError);
    await expect(docxToArticleParts(bytes.subarray(0, bytes.length - 40), { fileName: 'cut.docx' })).rejects.toThrow(
      /^"cut.docx" is not a readable Word document/u,
    );
    await expect(docxToArticleParts(new TextEncoder().encode('plain text'), { fileName: 'fake.docx' })).rejects.toThrow(
      /^"fake.docx" is not a readable Word document/u,
    );
  });
});
