import { describe, expect, it } from 'vitest';
import type { Block } from '../model/article';
import { toPlainText } from '../text/plain-text';
import { sentenceUnits } from './sentence-units';

const BLOCKS: Pick<Block, 'type' | 'text'>[] = [
  { type: 'title', text: 'Minister denies the bridge is late. Officials disagree.' },
  { type: 'paragraph', text: 'The minister said the bridge opened in 2019. Records show it opened in 2021.' },
  { type: 'heading', text: 'What the records show' },
  { type: 'blockquote', text: '"It was always on schedule," she said.' },
  { type: 'caption', text: 'The bridge at dusk. Photo: archive.' },
  { type: 'list-item', text: 'Budget: 40 million.' },
];

describe('sentenceUnits', () => {
  it('counts every sentence of paragraphs, quotes and list items, with offsets into the plain text', () => {
    const text = toPlainText(BLOCKS);
    const units = sentenceUnits(BLOCKS);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      'The minister said the bridge opened in 2019.',
      'Records show it opened in 2021.',
      '"It was always on schedule," she said.',
      'Budget: 40 million.',
    ]);
    expect(units.map((u) => u.block)).toEqual([1, 1, 3, 5]);
  });

  it('leaves out the title, headings and captions, and finds nothing in an article without body', () => {
    expect(sentenceUnits(BLOCKS.filter((b) => b.type === 'title' || b.type === 'heading' || b.type === 'caption'))).toEqual([]);
    expect(sentenceUnits([])).toEqual([]);
  });
});
