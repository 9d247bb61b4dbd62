import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { TextRange } from '../text/text-range';
import { TextOffsets } from './text-offsets';
import { nearViewport } from './viewport-window';

/** What the find bar shows: every hit in plain-text offsets, and which one is current (-1: none). */
export interface SearchHighlights {
  hits: readonly TextRange[];
  current: number;
}

/** Key of the search-highlight plugin; send `SearchHighlights` as its meta to repaint them. */
export const searchHighlightKey = new PluginKey<DecorationSet>('search-highlight');

/** The views the plugin runs in, by their DOM, so the find bar reaches the article it searches without owning the editor. */
const viewsByDom = new WeakMap<Element, EditorView>();

function decorate(state: EditorState, marks: SearchHighlights): DecorationSet {
  if (marks.hits.length === 0) return DecorationSet.empty;
  const offsets = TextOffsets.fromDoc(state.doc);
  const decorations: Decoration[] = [];
  marks.hits.forEach((hit, i) => {
    if (hit.end <= hit.start) return;
    const { from, to } = offsets.toPosRange(hit);
    // A <mark> of its own rather than a class on the tag's span: a hit then has its own box and
    // background over the tag's underline, rule and hatching, which all stay visible.
    const current = i === marks.current;
    decorations.push(
      Decoration.inline(from, to, {
        nodeName: 'mark',
        class: current ? 'search-hit search-hit-current' : 'search-hit',
        ...(current ? { 'data-testid': 'search-hit-current' } : {}),
      }),
    );
  });
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Paints find-in-article hits, and the current hit more strongly, as decorations apart from
 * tags, the selection and the cursor. The reader's document never changes, so a set is only
 * replaced, never mapped through edits.
 */
export function searchHighlightPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: searchHighlightKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr: Transaction, set, _old, state) => {
        const marks = tr.getMeta(searchHighlightKey) as SearchHighlights | undefined;
        return marks ? decorate(state, marks) : set.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => {
        const set = searchHighlightKey.getState(state);
        return set && nearViewport(state, set);
      },
    },
    view: (view) => {
      viewsByDom.set(view.dom, view);
      return { destroy: () => viewsByDom.delete(view.dom) };
    },
  });
}

/**
 * Paints `marks` in the reader whose article element is `articleDom` (the element with
 * `data-testid="article"`); false when no reader view lives there. An empty `hits` clears them,
 * and costs nothing when none are painted: the closed find bar clears after every tag, and a
 * transaction redraws the view and makes the browser lay the page out before the tag paints.
 */
export function showSearchHighlights(articleDom: Element, marks: SearchHighlights): boolean {
  const view = viewsByDom.get(articleDom);
  if (!view) return false;
  if (marks.hits.length === 0 && searchHighlightKey.getState(view.state) === DecorationSet.empty) return true;
  view.dispatch(view.state.tr.setMeta(searchHighlightKey, marks));
  return true;
}
