import { describe, expect, it } from 'vitest';
import { buildParagraphs } from './build-paragraphs';
import { bodyLines, textLine } from './fixtures/text-line';

const body = { size: 11, leading: 14 };
const texts = (paragraphs: { lines: { text: string }[] }[]) => paragraphs.map((p) => p.lines.map((l) => l.text).join(' / '));

describe('buildParagraphs', () => {
  it('starts a paragraph where the space between lines widens', () => {
    const run = [...bodyLines(100, ['one a', 'one b']), ...bodyLines(136, ['two a', 'two b'])];
    expect(texts(buildParagraphs([run], body))).toEqual(['one a / one b', 'two a / two b']);
  });

  it('starts a paragraph at an indented first line when paragraphs have no space between them', () => {
    const run = [
      textLine(100, 'one a', { x: 90 }),
      ...bodyLines(114, ['one b', 'one c']),
      textLine(142, 'two a', { x: 90 }),
      textLine(156, 'two b'),
      textLine(170, 'three, one line', { x: 90 }),
    ];
    expect(texts(buildParagraphs([run], body))).toEqual(['one a / one b / one c', 'two a / two b', 'three, one line']);
  });

  it('starts a paragraph where the type size changes', () => {
    const run = [textLine(80, 'A heading', { size: 16 }), ...bodyLines(100, ['body a', 'body b'])];
    expect(texts(buildParagraphs([run], body))).toEqual(['A heading', 'body a / body b']);
  });

  it('carries a paragraph over a page break when its last line is full and the sentence goes on', () => {
    const pageOne = bodyLines(100, ['the storm broke the', 'gates on the night of'], { page: 1 });
    const pageTwo = bodyLines(80, ['9 March.', 'Next paragraph'], { page: 2 }).map((l, i) => (i === 1 ? { ...l, x: 90, y: 94 } : l));
    const paragraphs = buildParagraphs([pageOne, pageTwo], body);
    expect(texts(paragraphs)).toEqual(['the storm broke the / gates on the night of / 9 March.', 'Next paragraph']);
    expect(paragraphs.map((p) => p.page)).toEqual([1, 2]);
  });

  it('ends a paragraph at a column break after a sentence or a short line', () => {
    const ended = bodyLines(100, ['the gates failed.'], { page: 1 });
    const short = [textLine(100, 'the gates', { width: 120 }), textLine(114, 'failed', { width: 40 })];
    const next = bodyLines(80, ['Then the water rose'], { page: 2 });
    expect(texts(buildParagraphs([ended, next], body))).toHaveLength(2);
    expect(texts(buildParagraphs([short, next], body))).toHaveLength(2);
  });
});
