import { Plugin, PluginKey, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { TAGS, type Tag } from '../../../shared/model/annotation';
import { tagLabel } from '../labels/tag-labels';
import { createBadge, isInsideWord } from './highlight-badge';
import { nearViewport } from './viewport-window';

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
  | { type: 'set-active'; highlight: Highlight | null }
  /**
   * Sets the accessible description ("Claim C3. Note: …") of each highlight listed, by
   * annotation id; the others keep theirs. Only the highlights whose description changed are
   * redrawn, so a caller may send every description and pay only for what differs.
   */
  | { type: 'describe'; descriptions: ReadonlyMap<string, string> };

type Spec = { kind: 'highlight' | 'badge' | 'active'; id: string; tag: Tag };

/** Recent descriptions kept beside the rest before the two are merged into one map. */
const RECENT_LIMIT = 512;

/**
 * Descriptions by annotation id, never changed in place: a change copies only the recent
 * layer, so describing one highlight among 10,000 costs a small map, not a copy of them all.
 */
class Descriptions {
  constructor(
    private readonly settled: ReadonlyMap<string, string>,
    private readonly recent: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The description of the highlight with this id, if it has one. */
  get(id: string): string | undefined {
    return this.recent.get(id) ?? this.settled.get(id);
  }

  /** These descriptions with `changes` over them; the same object when none differs. */
  with(changes: ReadonlyMap<string, string>): Descriptions {
    let recent: Map<string, string> | null = null;
    for (const [id, text] of changes) if (this.get(id) !== text) (recent ??= new Map(this.recent)).set(id, text);
    if (!recent) return this;
    return recent.size > RECENT_LIMIT ? new Descriptions(new Map([...this.settled, ...recent])) : new Descriptions(this.settled, recent);
  }
}

const NO_DESCRIPTIONS = new Descriptions(new Map());

/**
 * The plugin's state: every highlight's decorations plus the active one's outline, and the
 * descriptions screen readers hear. The descriptions are kept apart from the decorations and
 * put on the marks only as they are drawn (`drawnHighlights`), so a new claim that renumbers
 * thousands of others costs map entries, not a rebuilt set.
 */
export class HighlightState {
  constructor(
    readonly decorations: DecorationSet,
    readonly active: Highlight | null,
    readonly descriptions: Descriptions = NO_DESCRIPTIONS,
  ) {}

  /** Maps the set through `tr`, then applies the action it carries, if any. */
  apply(tr: Transaction, state: EditorState): HighlightState {
    const decorations = this.decorations.map(tr.mapping, tr.doc);
    const active = this.active && mapHighlight(this.active, tr);
    const action = tr.getMeta(highlightKey) as HighlightAction | undefined;
    const mapped =
      decorations === this.decorations && active === this.active ? this : new HighlightState(decorations, active, this.descriptions);
    return action ? mapped.handle(action, state) : mapped;
  }

  private handle(action: HighlightAction, state: EditorState): HighlightState {
    switch (action.type) {
      case 'add':
        return this.with(this.decorations.add(state.doc, action.highlights.flatMap(decorateHighlight)), this.active);
      case 'remove': {
        const ids = new Set(action.highlights.map((h) => h.id));
        const found = action.highlights.flatMap((h) => this.decorations.find(h.from, h.to, (spec: Spec) => ids.has(spec.id)));
        const removesActive = this.active !== null && ids.has(this.active.id);
        return this.with(this.decorations.remove(found), removesActive ? null : this.active);
      }
      case 'replace-all': {
        const decorations = DecorationSet.create(state.doc, action.highlights.flatMap(decorateHighlight));
        const kept = this.active && action.highlights.find((h) => h.id === this.active?.id);
        return this.with(kept ? decorations.add(state.doc, [activeDecoration(kept)]) : decorations, kept ?? null);
      }
      case 'set-active': {
        const old = this.active ? this.decorations.find(this.active.from, this.active.to, (s: Spec) => s.kind === 'active') : [];
        const cleared = this.decorations.remove(old);
        const next = action.highlight;
        return this.with(next ? cleared.add(state.doc, [activeDecoration(next)]) : cleared, next);
      }
      case 'describe':
        return this.describe(action.descriptions);
    }
  }

  private with(decorations: DecorationSet, active: Highlight | null): HighlightState {
    return new HighlightState(decorations, active, this.descriptions);
  }

  /** Merges `descriptions` into the state's; the same state when none differs, so nothing is redrawn. */
  private describe(descriptions: ReadonlyMap<string, string>): HighlightState {
    const merged = this.descriptions.with(descriptions);
    return merged === this.descriptions ? this : new HighlightState(this.decorations, this.active, merged);
  }
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

function decorateHighlight(highlight: Highlight): Decoration[] {
  const { id, tag, from } = highlight;
  const order = TAGS.indexOf(tag);
  return [
    textDecoration(highlight),
    // Badges sit before the text; `side` keeps C, D, E in tag order when they share a position.
    Decoration.widget(from, (view, getPos) => createBadge(tag, id, isInsideWord(view.state.doc, getPos() ?? from)), {
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
function firstDescriptions(highlights: readonly Highlight[]): Descriptions {
  const descriptions = new Map(highlights.map((h) => [h.id, tagLabel(h.tag)]));
  const claims = highlights.filter((h) => h.tag === 'claim').sort((a, b) => a.from - b.from || a.to - b.to);
  claims.forEach((claim, i) => descriptions.set(claim.id, `${tagLabel('claim')} C${i + 1}`));
  return new Descriptions(descriptions);
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
        const decorations = DecorationSet.create(state.doc, initial.flatMap(decorateHighlight));
        return new HighlightState(decorations, null, firstDescriptions(initial));
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
function describedMark(decoration: Decoration, descriptions: Descriptions): Decoration {
  const spec = decoration.spec as Spec;
  if (spec.kind !== 'highlight') return decoration;
  const text = descriptions.get(spec.id) ?? tagLabel(spec.tag);
  const known = described.get(spec);
  if (known?.text === text && known.mark.from === decoration.from && known.mark.to === decoration.to) return known.mark;
  const attrs = { nodeName: 'mark', class: `hl hl-${spec.tag}`, 'aria-description': text };
  const mark = Decoration.inline(decoration.from, decoration.to, attrs, spec);
  described.set(spec, { text, mark });
  return mark;
}

const drawn = new WeakMap<DecorationSet, { descriptions: Descriptions; set: DecorationSet }>();

/**
 * What the view draws of the highlights: those near the viewport (`nearViewport`), their
 * marks described. Rebuilt only when the highlights, the window or the descriptions changed.
 */
export function drawnHighlights(state: EditorState): DecorationSet {
  const value = highlightKey.getState(state);
  if (!value) return DecorationSet.empty;
  const near = nearViewport(state, value.decorations);
  const known = drawn.get(near);
  if (known?.descriptions === value.descriptions) return known.set;
  const set = DecorationSet.create(
    state.doc,
    near.find().map((d) => describedMark(d, value.descriptions)),
  );
  drawn.set(near, { descriptions: value.descriptions, set });
  return set;
}

/** The views the plugin runs in, by their DOM, so the shell describes highlights without owning the editor. */
const viewsByDom = new WeakMap<Element, EditorView>();

/**
 * Sends `descriptions` (see the `describe` action) to the reader whose article element is
 * `articleDom`; false when no reader view lives there.
 */
export function describeHighlights(articleDom: Element, descriptions: ReadonlyMap<string, string>): boolean {
  const view = viewsByDom.get(articleDom);
  if (!view) return false;
  view.dispatch(view.state.tr.setMeta(highlightKey, { type: 'describe', descriptions } satisfies HighlightAction));
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
