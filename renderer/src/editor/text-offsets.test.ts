import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { toPlainText } from '../../../shared/text/plain-text';
import { buildDoc } from './build-doc';
import { TextOffsets } from './text-offsets';

const blocks: Block[] = [
  { type: 'title', text: 'Minister denies report' },
  { type: 'paragraph', text: 'The minister said nothing. Then he spoke.', links: [{ start: 4, end: 12, href: 'https://example.org' }] },
  { type: 'paragraph', text: '' },
  { type: 'heading', text: 'Background' },
  { type: 'paragraph', text: 'A second section starts here.' },
];

describe('TextOffsets', () => {
  for (const sectionSize of [50, 2, 1]) {
    it(`maps every offset inside a block to the same character (sections of ${sectionSize})`, () => {
      const doc = buildDoc(blocks, sectionSize);
      const offsets = TextOffsets.fromDoc(doc);
      const text = toPlainText(blocks);
      expect(offsets.textLength).toBe(text.length);
      for (let offset = 0; offset < text.length; offset++) {
        const ch = text[offset];
        if (ch === '\n') continue;
        const pos = offsets.toPos(offset);
        expect(doc.textBetween(pos, pos + 1)).toBe(ch);
        expect(offsets.toOffset(pos)).toBe(offset);
      }
    });
  }

  it('maps an offset inside a separator to the end of the block before it', () => {
    const doc = buildDoc(blocks, 2);
    const offsets = TextOffsets.fromDoc(doc);
    const titleEnd = blocks[0]!.text.length;
    expect(offsets.toPos(titleEnd + 1)).toBe(offsets.toPos(titleEnd));
  });

  it('maps a position on a node boundary to the end of the preceding block', () => {
    const doc = buildDoc(blocks, 2);
    const offsets = TextOffsets.fromDoc(doc);
    const endOfTitle = offsets.toPos(blocks[0]!.text.length);
    expect(offsets.toOffset(endOfTitle + 1)).toBe(blocks[0]!.text.length);
    expect(offsets.toOffset(0)).toBe(0);
  });

  it('maps a range spanning sections to the text it covers', () => {
    const doc = buildDoc(blocks, 2);
    const offsets = TextOffsets.fromDoc(doc);
    const text = toPlainText(blocks);
    const start = text.indexOf('Then');
    const end = text.indexOf('second');
    const { from, to } = offsets.toPosRange({ start, end });
    expect(doc.textBetween(from, to, '|')).toBe('Then he spoke.||Background|A ');
  });

  it('clamps offsets beyond the text', () => {
    const doc = buildDoc(blocks);
    const offsets = TextOffsets.fromDoc(doc);
    expect(offsets.toPos(10_000)).toBe(offsets.toPos(offsets.textLength));
    expect(offsets.toPos(-5)).toBe(offsets.toPos(0));
  });
});

describe('buildDoc', () => {
  it('groups blocks into sections of the given size', () => {
    const doc = buildDoc(blocks, 2);
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).childCount).toBe(2);
    expect(doc.child(2).child(0).type.name).toBe('paragraph');
  });

  it('keeps safe links as marks and drops unsafe ones', () => {
    const withLinks: Block[] = [
      {
        type: 'paragraph',
        text: 'safe and unsafe',
        links: [
          { start: 0, end: 4, href: 'https://example.org' },
          { start: 9, end: 15, href: 'javascript:alert(1)' },
        ],
      },
    ];
    const doc = buildDoc(withLinks);
    const paragraph = doc.child(0).child(0);
    expect(paragraph.child(0).marks[0]?.attrs['href']).toBe('https://example.org');
    expect(paragraph.lastChild?.marks).toHaveLength(0);
    expect(paragraph.textContent).toBe('safe and unsafe');
  });

  it('gives an empty article one empty paragraph', () => {
    const doc = buildDoc([]);
    expect(doc.child(0).child(0).type.name).toBe('paragraph');
    expect(TextOffsets.fromDoc(doc).textLength).toBe(0);
  });
});
