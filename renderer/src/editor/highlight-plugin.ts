import { Plugin, PluginKey, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { TAGS, type Tag } from '../../../shared/model/annotation';
import { createBadge } from './highlight-badge';

/** One painted annotation: its id, tag and document positions [from, to). */
export interface Highlight {
  id: string;
  tag: Tag;
  from: number;
  to: number;
}

/**
 * What the plugin can be told, sent with `tr.setMeta(highlightKey, action)`. Removal and
 * activation carry the highlight's range so the lookup searches only that stretch of the set.
 */
export type HighlightAction =
  | { type: 'add'; highlights: readonly Highlight[] }
  | { type: 'remove'; highlights: readonly Highlight[] }
  | { type: 'replace-all'; highlights: readonly Highlight[] }
  | { type: 'set-active'; highlight: Highlight | null };

type Spec = { kind: 'highlight' | 'badge' | 'active'; id: string; tag: Tag };

/** The plugin's state: every highlight's decorations plus the active one's outline. */
export class HighlightState {
  constructor(
    readonly decorations: DecorationSet,
    readonly active: Highlight | null,
  ) {}

  /** Maps the set through `tr`, then applies the action it carries, if any. */
  apply(tr: Transaction, state: EditorState): HighlightState {
    const decorations = this.decorations.map(tr.mapping, tr.doc);
    const active = this.active && mapHighlight(this.active, tr);
    const action = tr.getMeta(highlightKey) as HighlightAction | undefined;
    const mapped = decorations === this.decorations && active === this.active ? this : new HighlightState(decorations, active);
    return action ? mapped.handle(action, state) : mapped;
  }

  private handle(action: HighlightAction, state: EditorState): HighlightState {
    switch (action.type) {
      case 'add':
        return new HighlightState(this.decorations.add(state.doc, action.highlights.flatMap(decorate)), this.active);
      case 'remove': {
        const ids = new Set(action.highlights.map((h) => h.id));
        const found = action.highlights.flatMap((h) => this.decorations.find(h.from, h.to, (spec: Spec) => ids.has(spec.id)));
        const removesActive = this.active !== null && ids.has(this.active.id);
        return new HighlightState(this.decorations.remove(found), removesActive ? null : this.active);
      }
      case 'replace-all': {
        const decorations = DecorationSet.create(state.doc, action.highlights.flatMap(decorate));
        const kept = this.active && action.highlights.find((h) => h.id === this.active?.id);
        return new HighlightState(kept ? decorations.add(state.doc, [activeDecoration(kept)]) : decorations, kept ?? null);
      }
      case 'set-active': {
        const old = this.active ? this.decorations.find(this.active.from, this.active.to, (s: Spec) => s.kind === 'active') : [];
        const cleared = this.decorations.remove(old);
        const next = action.highlight;
        return new HighlightState(next ? cleared.add(state.doc, [activeDecoration(next)]) : cleared, next);
      }
    }
  }
}

function mapHighlight(highlight: Highlight, tr: Transaction): Highlight {
  if (!tr.docChanged) return highlight;
  return { ...highlight, from: tr.mapping.map(highlight.from, 1), to: tr.mapping.map(highlight.to, -1) };
}

function decorate(highlight: Highlight): Decoration[] {
  const { id, tag, from, to } = highlight;
  const order = TAGS.indexOf(tag);
  return [
    // Not inclusive at either end: a highlight marks a fixed stretch of read-only text.
    Decoration.inline(from, to, { class: `hl hl-${tag}` }, { kind: 'highlight', id, tag } satisfies Spec),
    // Badges sit before the text; `side` keeps C, D, E in tag order when they share a position.
    Decoration.widget(from, () => createBadge(tag, id), {
      kind: 'badge',
      id,
      tag,
      key: `badge-${id}`,
      side: order - TAGS.length,
      ignoreSelection: true,
    }),
  ];
}

function activeDecoration(highlight: Highlight): Decoration {
  return Decoration.inline(highlight.from, highlight.to, { class: 'hl-active' }, {
    kind: 'active',
    id: highlight.id,
    tag: highlight.tag,
  } satisfies Spec);
}

/** Key of the highlight plugin, for `setMeta` and `getState`. */
export const highlightKey = new PluginKey<HighlightState>('highlights');

/**
 * The highlight plugin: annotations painted as decorations, never as marks or edits. `initial`
 * highlights are in the first state, so the view renders the article once, already painted.
 */
export function highlightPlugin(initial: readonly Highlight[] = []): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: (_config, state) => new HighlightState(DecorationSet.create(state.doc, initial.flatMap(decorate)), null),
      apply: (tr, value, _old, state) => value.apply(tr, state),
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations,
    },
  });
}

/** A command that sends `action` to the highlight plugin; it always applies. */
export function highlightCommand(action: HighlightAction): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(highlightKey, action));
    return true;
  };
}

/** The highlights covering position `pos` (from <= pos < to), shortest first. */
export function highlightsAt(state: EditorState, pos: number): Highlight[] {
  const set = highlightKey.getState(state)?.decorations ?? DecorationSet.empty;
  return set
    .find(pos, pos, (spec: Spec) => spec.kind === 'highlight')
    .filter((d) => d.from <= pos && pos < d.to)
    .map((d) => {
      const spec = d.spec as Spec;
      return { id: spec.id, tag: spec.tag, from: d.from, to: d.to };
    })
    .sort((a, b) => a.to - a.from - (b.to - b.from) || TAGS.indexOf(a.tag) - TAGS.indexOf(b.tag));
}
