import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../shared/ipc/result';
import { assembleArticle } from './assemble-article';
import { bodyLines, letterPage, textLine } from './fixtures/text-line';

const story = [
  textLine(80, 'Flood gates failed twice', { size: 22, width: 400 }),
  ...bodyLines(120, ['The automatic flood gates failed to close on two', 'occasions before the surge, a report says.']),
  textLine(170, 'What the records show', { size: 14, width: 200 }),
  ...bodyLines(190, ['The gates are maintained under a long-term con-', 'tract with a regional firm.']),
];

describe('assembleArticle', () => {
  it('finds the title and headings by type size and keeps each block’s page', async () => {
    const parts = await assembleArticle(
      [letterPage(1, story), letterPage(2, bodyLines(100, ['A second page of text.']))],
      [],
      {},
      'report.pdf',
    );
    expect(parts.blocks).toEqual([
      { type: 'title', text: 'Flood gates failed twice', page: 1 },
      { type: 'paragraph', text: 'The automatic flood gates failed to close on two occasions before the surge, a report says.', page: 1 },
      { type: 'heading', text: 'What the records show', page: 1 },
      { type: 'paragraph', text: 'The gates are maintained under a long-term contract with a regional firm.', page: 1 },
      { type: 'paragraph', text: 'A second page of text.', page: 2 },
    ]);
    expect(parts.metadata).toEqual({ title: 'Flood gates failed twice' });
  });

  it('prefers the title from the PDF’s metadata and keeps its byline and date', async () => {
    const parts = await assembleArticle(
      [letterPage(1, story)],
      [],
      { title: 'Almond flood report', byline: 'T. Ellery', published: '2026-03-04' },
      'report.pdf',
    );
    expect(parts.metadata).toEqual({ title: 'Almond flood report', byline: 'T. Ellery', published: '2026-03-04' });
  });

  it('falls back to the file name when there is no title', async () => {
    expect(
      (await assembleArticle([letterPage(1, bodyLines(100, ['Just body text.']))], [], {}, 'notes from council.pdf')).metadata.title,
    ).toBe('notes from council');
  });

  it('lists furniture and other dropped text in page order', async () => {
    const pages = [1, 2].map((n) =>
      letterPage(n, [
        textLine(40, 'The Almond Courier'),
        ...bodyLines(100, [`Page ${n} text`]),
        textLine(114, 'ends here.', { width: 60 }),
        textLine(760, String(n)),
      ]),
    );
    const parts = await assembleArticle(
      pages,
      [{ page: 1, text: 'Downloaded on 5 March', rule: 'sideways-text', reason: 'sideways' }],
      {},
      'a.pdf',
    );
    expect(parts.dropped.map((d) => [d.page, d.rule])).toEqual([
      [1, 'running-header'],
      [1, 'page-number'],
      [1, 'sideways-text'],
      [2, 'running-header'],
      [2, 'page-number'],
    ]);
    expect(parts.blocks.map((b) => b.text)).toEqual(['Page 1 text ends here.', 'Page 2 text ends here.']);
  });

  it('puts restored furniture back where it stood and restored sideways text at the end of its page, keeping every index', async () => {
    const pages = [1, 2].map((n) =>
      letterPage(n, [
        textLine(40, 'The Almond Courier'),
        ...bodyLines(100, [`Page ${n} text`]),
        textLine(114, 'ends here.', { width: 60 }),
        textLine(760, String(n)),
      ]),
    );
    const sideways = [{ page: 1, text: 'Downloaded on 5 March', rule: 'sideways-text', reason: 'sideways' }];
    const parts = await assembleArticle(pages, sideways, {}, 'a.pdf', [0, 2]);
    expect(parts.blocks.map((b) => [b.page, b.text])).toEqual([
      [1, 'The Almond Courier'],
      [1, 'Page 1 text ends here.'],
      [1, 'Downloaded on 5 March'],
      [2, 'Page 2 text ends here.'],
    ]);
    expect(parts.dropped.map((d) => [d.line, d.rule])).toEqual([
      [1, 'page-number'],
      [3, 'running-header'],
      [4, 'page-number'],
    ]);
  });

  it('says a PDF with no letters outside its page furniture looks scanned', async () => {
    const stamped = [1, 2].map((n) => letterPage(n, [textLine(760, `Page ${n} of 2`)]));
    for (const pages of [[], [letterPage(1, [])], stamped]) {
      await expect(assembleArticle(pages, [], {}, 'scan.pdf')).rejects.toThrow(
        new UserFacingError('import-failed', '"scan.pdf" has no text layer (it looks scanned); Factmark cannot read text from images.'),
      );
    }
  });
});

describe('assembleArticle with lists', () => {
  it('makes list items without their bullets, keeping enumerators', async () => {
    const lines = [
      ...bodyLines(100, ['The report found:']),
      textLine(114, '• the pump failed', { x: 80 }),
      textLine(128, '2. the gates jammed', { x: 80 }),
    ];
    expect((await assembleArticle([letterPage(1, lines)], [], {}, 'a.pdf')).blocks).toEqual([
      { type: 'paragraph', text: 'The report found:', page: 1 },
      { type: 'list-item', text: 'the pump failed', page: 1 },
      { type: 'list-item', text: '2. the gates jammed', page: 1 },
    ]);
  });
});
