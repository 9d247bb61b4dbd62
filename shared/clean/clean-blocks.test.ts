import { describe, expect, it } from 'vitest';
import { cleanBlocks } from './index';

interface Candidate {
  type: string;
  text: string;
  tag?: string;
}

const LONG_PARAGRAPH =
  'The harbour board approved the new dredging contract on Tuesday after a four-hour debate in which two members walked out.';
const SECOND_PARAGRAPH =
  'Board chair Hana Ilves said the channel had silted faster than forecast and that larger grain ships were already waiting offshore.';
const THIRD_PARAGRAPH =
  'The contract runs for three years, and the board said the first dredger would arrive in the port before the end of the month.';

const article: Candidate[] = [
  { type: 'title', text: 'Harbour board approves dredging contract after walkout' },
  { type: 'paragraph', text: 'By Lena Marsh | 14 June 2024' },
  { type: 'paragraph', text: 'Advertisement' },
  { type: 'paragraph', text: LONG_PARAGRAPH, tag: 'kept field' },
  { type: 'heading', text: 'Harbour board approves dredging contract after walkout' },
  { type: 'paragraph', text: SECOND_PARAGRAPH },
  { type: 'list-item', text: 'Share this article' },
  { type: 'paragraph', text: THIRD_PARAGRAPH },
  { type: 'caption', text: '© 2024 The Harbour Times. All rights reserved.' },
  { type: 'heading', text: 'Most read' },
  { type: 'list-item', text: 'Ferry fares rise again' },
  { type: 'list-item', text: 'Storm closes coast road' },
];

describe('cleanBlocks', () => {
  const result = cleanBlocks(article);

  it('keeps the headline and the prose, unchanged and in order', () => {
    expect(result.blocks.map((block) => block.text)).toEqual([article[0]!.text, LONG_PARAGRAPH, SECOND_PARAGRAPH, THIRD_PARAGRAPH]);
    expect(result.blocks[1]).toBe(article[3]);
  });

  it('drops furniture under the plain-text rules, naming each candidate by its index', () => {
    expect(result.dropped.map((drop) => `${drop.line}: ${drop.rule}`)).toEqual([
      '1: metadata',
      '2: advertisement',
      '4: duplicate-title',
      '6: share-prompt',
      '8: copyright',
      '9: section-label',
      '10: after-article-end',
      '11: after-article-end',
    ]);
    expect(result.dropped[1]).toEqual({ line: 2, text: 'Advertisement', rule: 'advertisement', reason: expect.any(String) as string });
  });

  it('reads byline, date and site from the dropped credit and copyright blocks', () => {
    expect(result.metadata).toEqual({
      byline: 'Lena Marsh',
      published: '2024-06-14',
      publishedText: '14 June 2024',
      site: 'The Harbour Times',
    });
  });

  it('drops one- and two-word blocks above the headline, as plain text does', () => {
    const kicker = cleanBlocks([
      { type: 'list-item', text: 'Sport' },
      { type: 'paragraph', text: 'Education' },
      { type: 'paragraph', text: 'A standfirst above the headline stays' },
      article[0]!,
      { type: 'paragraph', text: LONG_PARAGRAPH },
    ]);
    expect(kicker.dropped.map((drop) => `${drop.line}: ${drop.rule}`)).toEqual(['0: before-title', '1: before-title']);
    expect(kicker.blocks).toHaveLength(3);
  });

  it('never joins two candidates, even where plain text would join the lines', () => {
    const split = cleanBlocks([
      { type: 'paragraph', text: 'The ferry left the quay at dawn and' },
      { type: 'paragraph', text: 'reached the island two hours later.' },
    ]);
    expect(split.blocks).toHaveLength(2);
  });

  it('keeps a dropped candidate the analyst restores, and changes nothing else', () => {
    const restored = cleanBlocks(article, { restore: [2, 99, -1] });
    expect(restored.blocks.map((block) => block.text)).toContain('Advertisement');
    expect(restored.dropped.map((drop) => drop.line)).toEqual([1, 4, 6, 8, 9, 10, 11]);
  });

  it('drops the earlier of two identical paragraphs and leaves blocks without text out', () => {
    const twice = cleanBlocks([
      { type: 'paragraph', text: `“${LONG_PARAGRAPH}”` },
      { type: 'paragraph', text: '   ' },
      { type: 'blockquote', text: `"${LONG_PARAGRAPH}"` },
    ]);
    expect(twice.blocks.map((block) => block.type)).toEqual(['blockquote']);
    expect(twice.dropped.map((drop) => `${drop.line}: ${drop.rule}`)).toEqual(['0: duplicate']);
  });
});
