import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { buildDoc } from './build-doc';
import { searchHighlightKey, searchHighlightPlugin, type SearchHighlights } from './search-highlight-plugin';
import { TextOffsets } from './text-offsets';

const doc = buildDoc([
  { type: 'paragraph', text: 'Fuel was full.' },
  { type: 'paragraph', text: 'No fuel left.' },
]);
const text = 'Fuel was full.\n\nNo fuel left.';

function paint(marks: SearchHighlights) {
  const state = EditorState.create({ doc, plugins: [searchHighlightPlugin()] });
  const next = state.apply(state.tr.setMeta(searchHighlightKey, marks));
  const offsets = TextOffsets.fromDoc(doc);
  return searchHighlightKey
    .getState(next)!
    .find()
    .map((d) => ({
      text: text.slice(offsets.toOffset(d.from), offsets.toOffset(d.to)),
      attrs: (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs,
    }));
}

describe('search highlight plugin', () => {
  it('paints each hit as a mark of its own, the current one stronger', () => {
    const fuel = text.indexOf('fuel');
    const painted = paint({
      hits: [
        { start: 0, end: 4 },
        { start: fuel, end: fuel + 4 },
      ],
      current: 1,
    });
    expect(painted.map((p) => [p.text, p.attrs.nodeName, p.attrs.class])).toEqual([
      ['Fuel', 'mark', 'search-hit'],
      ['fuel', 'mark', 'search-hit search-hit-current'],
    ]);
  });

  it('clears the hits when sent none', () => {
    expect(paint({ hits: [], current: -1 })).toEqual([]);
  });
});
