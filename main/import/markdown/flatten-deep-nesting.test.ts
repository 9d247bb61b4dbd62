import { describe, expect, it } from 'vitest';
import { FLATTENED_NOTE } from './flatten-deep-nesting';
import { markdownToArticleParts } from './markdown-to-article-parts';

const textOf = (source: string) => {
  const parts = markdownToArticleParts(source, { fileName: 'deep.md' });
  return { text: parts.blocks.map((block) => block.text).join('\n'), notes: parts.notes };
};

// Each item is a sentence of its own, so the furniture rules keep it.
const item = (n: number) => `Item number ${n} says the flood gates held.`;

describe('Markdown nested deeper than the parser goes', () => {
  it('keeps every item of a list nested 60 levels deep, and the paragraph after it, with a note', () => {
    const list = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- ${item(i + 1)}`).join('\n');
    const { text, notes } = textOf(`# Gates\n\nThe council met on Monday.\n\n${list}\n\nThe paragraph after the list is kept.\n`);
    for (let n = 1; n <= 60; n += 1) expect(text).toContain(item(n));
    expect(text).toContain('The paragraph after the list is kept.');
    expect(text.indexOf(item(60))).toBeLessThan(text.indexOf('The paragraph after the list is kept.'));
    expect(notes).toEqual([FLATTENED_NOTE]);
  });

  it('keeps the text of quotes nested 120 deep, and what follows', () => {
    const { text, notes } = textOf(
      `# Gates\n\n${'> '.repeat(120)}The deepest quote is still read.\n\nThe paragraph after the quote is kept.\n`,
    );
    expect(text).toContain('The deepest quote is still read.');
    expect(text).toContain('The paragraph after the quote is kept.');
    expect(notes).toEqual([FLATTENED_NOTE]);
  });

  it('adds no note to a list of ordinary depth', () => {
    const list = Array.from({ length: 5 }, (_, i) => `${'  '.repeat(i)}- ${item(i + 1)}`).join('\n');
    expect(textOf(`# Gates\n\n${list}\n`).notes).toEqual([]);
  });
});
