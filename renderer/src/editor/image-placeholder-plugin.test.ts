import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { toPlainText } from '../../../shared/text/plain-text';
import { buildDoc } from './build-doc';
import { imagePlaceholderKey, imagePlaceholderPlugin, placeImages } from './image-placeholder-plugin';
import { TextOffsets } from './text-offsets';

const blocks: Block[] = [
  { type: 'title', text: 'Ceiling falls in at Eastgate' },
  { type: 'paragraph', text: 'The ceiling fell in on 3 February. No pupils were hurt.' },
  { type: 'caption', text: 'The classroom after the fall.' },
];
const images = [
  { block: 1, offset: 0, alt: 'A collapsed ceiling' },
  { block: 1, offset: 35, alt: 'Inline chart' },
  { block: 3, offset: 0, alt: 'Closing photo' },
  { block: 9, offset: 0, alt: 'Outside the article' },
];

describe('imagePlaceholderPlugin', () => {
  const doc = buildDoc(blocks, 2);
  const state = EditorState.create({ doc, plugins: [imagePlaceholderPlugin(images)] });

  it('adds no characters: the doc reads exactly as the article’s plain text and offsets map as before', () => {
    expect(state.doc.textBetween(0, state.doc.content.size, '\n\n')).toBe(toPlainText(blocks));
    const offsets = TextOffsets.fromDoc(state.doc);
    expect(offsets.textLength).toBe(toPlainText(blocks).length);
    const sentence = toPlainText(blocks).indexOf('No pupils');
    const { from, to } = offsets.toPosRange({ start: sentence, end: sentence + 'No pupils were hurt.'.length });
    expect(state.doc.textBetween(from, to)).toBe('No pupils were hurt.');
  });

  it('places each image at its block and offset, one after the last block at its end, and leaves out the rest', () => {
    const placed = placeImages(doc, images);
    expect(placed.map((image) => [image.alt, image.at])).toEqual([
      ['A collapsed ceiling', 'start'],
      ['Inline chart', 'inside'],
      ['Closing photo', 'end'],
    ]);
    const offsets = TextOffsets.fromDoc(doc);
    const paragraphStart = blocks[0]!.text.length + 2;
    expect(placed[0]!.pos).toBe(offsets.toPos(paragraphStart));
    expect(placed[1]!.pos).toBe(offsets.toPos(paragraphStart + 35));
    expect(placed[2]!.pos).toBe(offsets.toPos(toPlainText(blocks).length));
  });

  it('draws them as widget decorations, never as document content', () => {
    const set = imagePlaceholderKey.getState(state)!;
    expect(set.find().length).toBe(3);
    expect(state.doc.nodeSize).toBe(doc.nodeSize);
  });
});
