// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { buildDoc } from './build-doc';
import { searchHighlightKey, searchHighlightPlugin, showSearchHighlights, type SearchHighlights } from './search-highlight-plugin';
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

  it('leaves the view alone when told to clear hits it does not show, as the closed find bar does after every tag', () => {
    const view = new EditorView(document.createElement('div'), {
      state: EditorState.create({ doc, plugins: [searchHighlightPlugin()] }),
      editable: () => false,
    });
    const dispatched: unknown[] = [];
    view.setProps({ dispatchTransaction: (tr) => (dispatched.push(tr), view.updateState(view.state.apply(tr))) });
    showSearchHighlights(view.dom, { hits: [], current: -1 });
    expect(dispatched).toHaveLength(0);
    showSearchHighlights(view.dom, { hits: [{ start: 0, end: 4 }], current: 0 });
    expect(view.dom.querySelectorAll('mark.search-hit')).toHaveLength(1);
    showSearchHighlights(view.dom, { hits: [], current: -1 });
    expect(view.dom.querySelectorAll('mark.search-hit')).toHaveLength(0);
    expect(dispatched).toHaveLength(2);
    view.destroy();
  });
});
