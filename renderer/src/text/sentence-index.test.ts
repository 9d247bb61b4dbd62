import { describe, expect, it } from 'vitest';
import { segmentBlock } from '../../../shared/segment';
import type { Block } from '../../../shared/model/article';
import { toPlainText } from '../../../shared/text/plain-text';
import { SentenceIndex } from './sentence-index';

const blocks: Block[] = [
  { type: 'paragraph', text: 'One is here. Two follows.' },
  { type: 'paragraph', text: '   ' },
  { type: 'paragraph', text: 'Three starts a block.' },
];
const text = toPlainText(blocks);
const index = SentenceIndex.fromBlocks(blocks, segmentBlock);
const quote = (i: number) => text.slice(index.sentence(i).start, index.sentence(i).end);

describe('SentenceIndex', () => {
  it('segments each block at its place in the plain text', () => {
    expect(index.count).toBe(3);
    expect([0, 1, 2].map(quote)).toEqual(['One is here.', 'Two follows.', 'Three starts a block.']);
  });

  it('finds the sentence holding an offset', () => {
    expect(index.indexAt(text.indexOf('here'))).toBe(0);
    expect(index.indexAt(text.indexOf('follows'))).toBe(1);
    expect(index.indexAt(text.indexOf('block'))).toBe(2);
  });

  it('gives an offset between sentences to the nearer one', () => {
    expect(index.indexAt(text.indexOf('. Two') + 1)).toBe(0);
    expect(index.indexAt(text.indexOf('Three') - 1)).toBe(2);
    expect(index.indexAt(text.length + 5)).toBe(2);
    expect(index.indexAt(0)).toBe(0);
  });

  it('lists the sentences a range touches', () => {
    expect(index.touching({ start: text.indexOf('is'), end: text.indexOf('Two') + 1 })).toEqual({ first: 0, last: 1 });
    expect(index.touching({ start: text.indexOf('follows'), end: text.indexOf('Three') + 2 })).toEqual({ first: 1, last: 2 });
    expect(index.touching({ start: text.indexOf('. Two') + 1, end: text.indexOf('Two') })).toBeNull();
    expect(index.touching({ start: 3, end: 3 })).toEqual({ first: 0, last: 0 });
  });

  it('spans sentences in either order', () => {
    expect(index.span(2, 1)).toEqual({ start: text.indexOf('Two'), end: text.length });
  });

  it('handles an article without sentences', () => {
    const empty = SentenceIndex.fromBlocks([{ type: 'paragraph', text: '' }], segmentBlock);
    expect(empty.indexAt(0)).toBe(-1);
    expect(empty.touching({ start: 0, end: 0 })).toBeNull();
  });

  it('answers as if the whole article were segmented, while segmenting only as far as each question reaches', () => {
    const many: Block[] = Array.from({ length: 200 }, (_, i) =>
      i % 7 === 3 ? { type: 'paragraph', text: '' } : { type: 'paragraph', text: `Block ${i} opens. It ends here.` },
    );
    const segmented: number[] = [];
    const counting = (text: string, offset: number) => (segmented.push(offset), segmentBlock(text, offset));
    const whole = SentenceIndex.fromBlocks(many, segmentBlock);
    const wholeCount = whole.count;
    const lazy = SentenceIndex.fromBlocks(many, counting);

    expect(lazy.indexAt(0)).toBe(0);
    expect(lazy.atMost(1)).toBe(1);
    expect(lazy.sentence(1)).toEqual(whole.sentence(1));
    expect(segmented.length).toBeLessThan(5);
    expect(lazy.complete).toBe(false);

    const length = toPlainText(many).length;
    for (let offset = 0; offset <= length + 3; offset += 7) {
      expect(lazy.indexAt(offset)).toBe(whole.indexAt(offset));
      expect(lazy.touching({ start: offset, end: offset + 40 })).toEqual(whole.touching({ start: offset, end: offset + 40 }));
    }
    expect(lazy.atMost(10_000)).toBe(wholeCount - 1);
    expect(lazy.count).toBe(wholeCount);
    expect(lazy.complete).toBe(true);
    expect(segmented.length).toBe(many.length);
  });
});
