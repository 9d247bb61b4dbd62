import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { TAGS, type Tag } from '../../../shared/model/annotation';
import { tagLabel } from '../labels/tag-labels';
import { badgePosition, createBadge, isInsideWord } from './highlight-badge';
import { viewportWindowKey, type DocWindow } from './viewport-window';

/** One painted annotation: its id, tag and document positions [from, to). */
export interface Highlight {
  id: string;
  tag: Tag;
  from: number;
  to: number;
}

/**
 * What a screen reader hears about the highlight of annotation `id` ("Claim C3. Note: …");
 * undefined leaves it its tag's name. Asked only for the highlights drawn, as they are drawn,
 * so it may answer from structures that change with every tag (a claim's number).
 */
export type Describe = (id: string) => string | undefined;

/**
 * What the plugin can be told, sent with `tr.setMeta(highlightKey, action)`. Removal and
 * activation carry the highlight's range so the lookup searches only that stretch of the set.
 */
export type HighlightAction =
  | { type: 'add'; highlights: readonly Highlight[] }
  | { type: 'remove'; highlights: readonly Highlight[] }
  | { type: 'replace-all'; highlights: readonly Highlight[] }
  | { type: 'set-active'; highlight: Highlight | null }
  /**
   * Describes highlights with `describe` from now on. Only the drawn highlights whose
   * description differs are redrawn, so a new claim that renumbers thousands costs what is on
   * screen, not a pass over them all.
   */
  | { type: 'describe'; describe: Describe };

type Spec = { kind: 'highlight' | 'badge' | 'active'; id: string; tag: Tag };

const touches = (d: Decoration, window: DocWindow | null) => !window || (d.from <= window.to && d.to >= window.from);

/**
 * The plugin's state: every highlight's decorations plus the active one's outline, and what
 * the view draws of them (`drawn`: those touching the viewport window, marks described). Both
 * change together, decoration by decoration, so a tag costs O(log n) and the DecorationSet
 * near the viewport is rebuilt only when the window moves.
 */
export class HighlightState {
  constructor(
    readonly decorations: DecorationSet,
    readonly active: Highlight | null,
    readonly describe: Describe,
    readonly drawn: DecorationSet,
    /** The window `drawn` covers; null: the whole document. */
    readonly window: DocWindow | null,
  ) {}

  /** The state for `doc` with `decorations`, drawn for `window` afresh. */
  static drawn(
    doc: Node,
    decorations: DecorationSet,
    active: Highlight | null,
    describe: Describe,
    window: DocWindow | null,
  ): HighlightState {
    const near = window ? decorations.find(window.from, window.to) : decorations.find();
    return new HighlightState(
      decorations,
      active,
      describe,
      DecorationSet.create(
        doc,
        near.map((d) => describedMark(d, describe)),
      ),
      window,
    );
  }

  /** Maps the sets through `tr`, applies the action it carries, if any, then follows the viewport window. */
  apply(tr: Transaction, state: EditorState): HighlightState {
    const decorations = this.decorations.map(tr.mapping, tr.doc);
    const drawn = this.drawn.map(tr.mapping, tr.doc);
    const active = this.active && mapHighlight(this.active, tr);
    const action = tr.getMeta(highlightKey) as HighlightAction | undefined;
    const mapped =
      decorations === this.decorations && drawn === this.drawn && active === this.active
        ? this
        : new HighlightState(decorations, active, this.describe, drawn, this.window);
    const handled = action ? mapped.handle(action, state.doc) : mapped;
    const window = windowOf(state);
    return window === handled.window
      ? handled
      : HighlightState.drawn(state.doc, handled.decorations, handled.active, handled.describe, window);
  }

  private handle(action: HighlightAction, doc: Node): HighlightState {
    switch (action.type) {
      case 'add':
        return this.change(
          doc,
          action.highlights.flatMap((h) => decorateHighlight(h, doc)),
          [],
          [],
          this.active,
        );
      case 'remove': {
        const ids = new Set(action.highlights.map((h) => h.id));
        const of = (set: DecorationSet) => action.highlights.flatMap((h) => set.find(h.from, h.to, (spec: Spec) => ids.has(spec.id)));
        const removesActive = this.active !== null && ids.has(this.active.id);
        return this.change(doc, [], of(this.decorations), of(this.drawn), removesActive ? null : this.active);
      }
      case 'replace-all': {
        const decorations = DecorationSet.create(
          doc,
          action.highlights.flatMap((h) => decorateHighlight(h, doc)),
        );
        const kept = this.active && action.highlights.find((h) => h.id === this.active?.id);
        const withActive = kept ? decorations.add(doc, [activeDecoration(kept)]) : decorations;
        return HighlightState.drawn(doc, withActive, kept ?? null, this.describe, this.window);
      }
      case 'set-active': {
        const old = (set: DecorationSet) =>
          this.active ? set.find(this.active.from, this.active.to, (s: Spec) => s.kind === 'active') : [];
        const next = action.highlight;
        return this.change(doc, next ? [activeDecoration(next)] : [], old(this.decorations), old(this.drawn), next);
      }
      case 'describe':
        return this.redescribe(doc, action.describe);
    }
  }

  /** Adds `add` and removes `gone` (from the whole set) and `goneDrawn` (from the drawn one). */
  private change(doc: Node, add: Decoration[], gone: Decoration[], goneDrawn: Decoration[], active: Highlight | null): HighlightState {
    const near = add.filter((d) => touches(d, this.window)).map((d) => describedMark(d, this.describe));
    // `add` and `remove` clear the arrays they are given as they place each decoration.
    const decorations = this.decorations.remove(gone).add(doc, add);
    const drawn = this.drawn.remove(goneDrawn).add(doc, near);
    return new HighlightState(decorations, active, this.describe, drawn, this.window);
  }

  /** Describes with `describe`, redrawing only the drawn marks whose description changed; the same state when none did. */
  private redescribe(doc: Node, describe: Describe): HighlightState {
    const stale: Decoration[] = [];
    const fresh: Decoration[] = [];
    for (const mark of this.drawn.find(undefined, undefined, (spec: Spec) => spec.kind === 'highlight')) {
      const redrawn = describedMark(mark, describe);
      if (typeOf(redrawn) === typeOf(mark)) continue;
      stale.push(mark);
      fresh.push(redrawn);
    }
    if (stale.length === 0 && describe === this.describe) return this;
    const drawn = stale.length === 0 ? this.drawn : this.drawn.remove(stale).add(doc, fresh);
    return new HighlightState(this.decorations, this.active, describe, drawn, this.window);
  }
}

// A decoration's type is what the view compares: `find` hands out copies that share it.
const typeOf = (d: Decoration) => (d as unknown as { type: unknown }).type;

function windowOf(state: EditorState): DocWindow | null {
  const window = viewportWindowKey.getState(state);
  return window && (window.from > 0 || window.to < state.doc.content.size) ? window : null;
}

function mapHighlight(highlight: Highlight, tr: Transaction): Highlight {
  if (!tr.docChanged) return highlight;
  return { ...highlight, from: tr.mapping.map(highlight.from, 1), to: tr.mapping.map(highlight.to, -1) };
}

/**
 * A highlight's text as a `<mark>` of its own. Not inclusive at either end: a highlight marks a
 * fixed stretch of read-only text. The view draws it described (`describedMark`).
 */
function textDecoration(highlight: Highlight): Decoration {
  const { id, tag, from, to } = highlight;
  return Decoration.inline(from, to, { nodeName: 'mark', class: `hl hl-${tag}` }, { kind: 'highlight', id, tag } satisfies Spec);
}

function decorateHighlight(highlight: Highlight, doc: Node): Decoration[] {
  const { id, tag, from } = highlight;
  const at = badgePosition(doc, from);
  const order = TAGS.indexOf(tag);
  return [
    textDecoration(highlight),
    // Badges sit before the text (and its opening quote); `side` keeps C, D, E in tag order when they share a position.
    Decoration.widget(at, (view, getPos) => createBadge(tag, id, isInsideWord(view.state.doc, getPos() ?? at)), {
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
 * What each highlight an article opens with is called before the shell describes it: its tag,
 * and for a claim its number in document order, as the cards number claims. An article then
 * opens already described, and the shell's first descriptions (notes, links) redraw only the
 * few that say more; a tie the cards break by creation time is put right the same way.
 */
function firstDescriptions(highlights: readonly Highlight[]): Describe {
  const claims = highlights.filter((h) => h.tag === 'claim').sort((a, b) => a.from - b.from || a.to - b.to);
  const descriptions = new Map(claims.map((claim, i) => [claim.id, `${tagLabel('claim')} C${i + 1}`]));
  return (id) => descriptions.get(id);
}

/**
 * The highlight plugin: annotations painted as decorations, never as marks or edits. `initial`
 * highlights are in the first state, so the view renders the article once, already painted.
 */
export function highlightPlugin(initial: readonly Highlight[] = []): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: (_config, state) => {
        const decorations = DecorationSet.create(
          state.doc,
          initial.flatMap((h) => decorateHighlight(h, state.doc)),
        );
        return HighlightState.drawn(state.doc, decorations, null, firstDescriptions(initial), windowOf(state));
      },
      apply: (tr, value, _old, state) => value.apply(tr, state),
    },
    props: {
      decorations: drawnHighlights,
    },
    view: (view) => {
      viewsByDom.set(view.dom, view);
      return { destroy: () => viewsByDom.delete(view.dom) };
    },
  });
}

// By spec: the one object a decoration keeps through `find`, which hands out copies.
const described = new WeakMap<Spec, { text: string; mark: Decoration }>();

/**
 * The `<mark>` drawn for a highlight's text decoration, whose description names its tag (and,
 * once described, its number and note), so screen readers find it and say what it is — an
 * attribute on the element the highlight paints anyway, no extra node. The same object while
 * the description stays, so the view keeps the element; other decorations pass through.
 */
function describedMark(decoration: Decoration, describe: Describe): Decoration {
  const spec = decoration.spec as Spec;
  if (spec.kind !== 'highlight') return decoration;
  const text = describe(spec.id) ?? tagLabel(spec.tag);
  const known = described.get(spec);
  if (known?.text === text && known.mark.from === decoration.from && known.mark.to === decoration.to) return known.mark;
  const attrs = { nodeName: 'mark', class: `hl hl-${spec.tag}`, 'aria-description': text };
  const mark = Decoration.inline(decoration.from, decoration.to, attrs, spec);
  described.set(spec, { text, mark });
  return mark;
}

/** What the view draws of the highlights: those near the viewport (see `DocWindow`), their marks described. */
export function drawnHighlights(state: EditorState): DecorationSet {
  return highlightKey.getState(state)?.drawn ?? DecorationSet.empty;
}

/** The views the plugin runs in, by their DOM, so the shell describes highlights without owning the editor. */
const viewsByDom = new WeakMap<Element, EditorView>();

/**
 * Describes the highlights with `describe` (see the `describe` action) in the reader whose article element is
 * `articleDom`; false when no reader view lives there.
 */
export function describeHighlights(articleDom: Element, describe: Describe): boolean {
  const view = viewsByDom.get(articleDom);
  if (!view) return false;
  view.dispatch(view.state.tr.setMeta(highlightKey, { type: 'describe', describe } satisfies HighlightAction));
  return true;
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
