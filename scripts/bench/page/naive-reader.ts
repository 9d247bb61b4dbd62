import { Schema } from 'prosemirror-model';
import { EditorState, Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { afterPaint } from './probes';

/** One highlight in plain-text offsets (blocks joined by a two-character separator). */
export interface NaiveHighlight {
  start: number;
  end: number;
  tag: string;
}

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', { class: 'pm-paragraph' }, 0] },
    text: { group: 'inline' },
  },
});

const key = new PluginKey<DecorationSet>('naive-highlights');
let view: EditorView | undefined;
let highlights: NaiveHighlight[] = [];

// Each block adds two positions (open, close) where the plain text has a two-character separator,
// so an offset inside a block is one position further on.
const toPos = (offset: number): number => offset + 1;

function decorationsOf(state: EditorState): DecorationSet {
  return DecorationSet.create(
    state.doc,
    highlights.flatMap((h) => {
      const from = toPos(h.start);
      const to = toPos(h.end);
      const badge = () => {
        const span = document.createElement('span');
        span.className = `hl-badge hl-badge-${h.tag}`;
        span.textContent = h.tag[0]!.toUpperCase();
        return span;
      };
      return [Decoration.inline(from, to, { class: `hl hl-${h.tag}` }), Decoration.widget(from, badge, { side: -1 })];
    }),
  );
}

/**
 * The naive reader: one flat ProseMirror doc of paragraphs, every highlight (and its badge) in
 * one DecorationSet rebuilt whenever a highlight is added. Resolves with ms until painted.
 */
export async function openNaive(mount: HTMLElement, blocks: readonly string[], initial: readonly NaiveHighlight[]): Promise<number> {
  const t0 = performance.now();
  view?.destroy();
  highlights = [...initial];
  const doc = schema.node(
    'doc',
    null,
    blocks.map((text) => schema.node('paragraph', null, text.length > 0 ? [schema.text(text)] : [])),
  );
  const plugin = new Plugin<DecorationSet>({
    key,
    state: {
      init: (_c, state) => decorationsOf(state),
      apply: (tr, set, _old, state) => (tr.getMeta(key) ? decorationsOf(state) : set.map(tr.mapping, tr.doc)),
    },
    props: { decorations: (state) => key.getState(state) },
  });
  view = new EditorView(mount, { state: EditorState.create({ doc, plugins: [plugin] }), editable: () => false });
  return (await afterPaint()) - t0;
}

/** Adds one highlight the naive way (the whole set rebuilt); resolves with ms until painted. */
export async function tagNaive(highlight: NaiveHighlight): Promise<number> {
  const t0 = performance.now();
  highlights.push(highlight);
  view!.dispatch(view!.state.tr.setMeta(key, true));
  return (await afterPaint()) - t0;
}
