import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { buildDoc } from './build-doc';
import { readOnlyPlugin } from './read-only-plugin';
import { viewportWindowKey, viewportWindowPlugin } from './viewport-window';
import { drawnHighlights, highlightKey, highlightPlugin, highlightsAt, type Highlight, type HighlightAction } from './highlight-plugin';

const doc = buildDoc([
  { type: 'paragraph', text: 'First sentence here. Second one follows.' },
  { type: 'paragraph', text: 'Another block of text.' },
]);
const claim: Highlight = { id: 'a', tag: 'claim', from: 2, to: 22 };
const denial: Highlight = { id: 'b', tag: 'denial', from: 2, to: 22 };
const evidence: Highlight = { id: 'c', tag: 'evidence', from: 23, to: 42 };

function start(): EditorState {
  return EditorState.create({ doc, plugins: [highlightPlugin(), readOnlyPlugin()] });
}
function send(state: EditorState, action: HighlightAction): EditorState {
  return state.apply(state.tr.setMeta(highlightKey, action));
}
function painted(state: EditorState): { kind: string; id: string; from: number; to: number }[] {
  return highlightKey
    .getState(state)!
    .decorations.find()
    .map((d: Decoration) => ({ ...(d.spec as { kind: string; id: string }), from: d.from, to: d.to }))
    .map(({ kind, id, from, to }) => ({ kind, id, from, to }))
    .sort((x, y) => x.from - y.from || x.id.localeCompare(y.id) || x.kind.localeCompare(y.kind));
}

/** A highlight's drawn decoration type: the same object while the decoration is kept, a new one when it is redrawn. */
function decorationOf(state: EditorState, id: string): unknown {
  const found = drawnHighlights(state).find(
    undefined,
    undefined,
    (spec: { kind: string; id: string }) => spec.kind === 'highlight' && spec.id === id,
  )[0];
  return (found as unknown as { type: unknown } | undefined)?.type;
}
/** The attributes each highlight's text decoration puts on the page, by id. */
function textAttrs(state: EditorState): Record<string, Record<string, string>> {
  const attrs = (d: Decoration) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
  return Object.fromEntries(
    drawnHighlights(state)
      .find(undefined, undefined, (spec: { kind: string }) => spec.kind === 'highlight')
      .map((d) => [(d.spec as { id: string }).id, attrs(d)]),
  );
}

describe('highlight plugin', () => {
  it('paints a highlight as an inline decoration with a badge', () => {
    const state = send(start(), { type: 'add', highlights: [claim] });
    expect(painted(state)).toEqual([
      { kind: 'badge', id: 'a', from: 2, to: 2 },
      { kind: 'highlight', id: 'a', from: 2, to: 22 },
    ]);
    expect(state.doc.eq(doc)).toBe(true);
  });

  it('starts with the highlights it was created with', () => {
    const state = EditorState.create({ doc, plugins: [highlightPlugin([claim, evidence])] });
    expect(
      painted(state)
        .filter((d) => d.kind === 'highlight')
        .map((d) => d.id),
    ).toEqual(['a', 'c']);
  });

  it('keeps overlapping highlights of different tags apart', () => {
    const state = send(start(), { type: 'add', highlights: [claim, denial, evidence] });
    expect(highlightsAt(state, 5).map((h) => h.tag)).toEqual(['claim', 'denial']);
    expect(highlightsAt(state, 30).map((h) => h.id)).toEqual(['c']);
    expect(highlightsAt(state, 22)).toEqual([]);
  });

  it('removes one highlight and leaves its neighbours', () => {
    let state = send(start(), { type: 'add', highlights: [claim, denial, evidence] });
    state = send(state, { type: 'remove', highlights: [claim] });
    expect(painted(state).map((d) => d.id)).toEqual(['b', 'b', 'c', 'c']);
  });

  it('replaces every highlight at once', () => {
    let state = send(start(), { type: 'add', highlights: [claim, denial] });
    state = send(state, { type: 'replace-all', highlights: [evidence] });
    expect(painted(state).map((d) => d.id)).toEqual(['c', 'c']);
  });

  it('outlines one active highlight at a time', () => {
    let state = send(start(), { type: 'add', highlights: [claim, evidence] });
    state = send(state, { type: 'set-active', highlight: claim });
    state = send(state, { type: 'set-active', highlight: evidence });
    expect(painted(state).filter((d) => d.kind === 'active')).toEqual([{ kind: 'active', id: 'c', from: 23, to: 42 }]);
    expect(highlightKey.getState(state)!.active?.id).toBe('c');
    state = send(state, { type: 'remove', highlights: [evidence] });
    expect(highlightKey.getState(state)!.active).toBeNull();
    expect(painted(state).filter((d) => d.kind === 'active')).toEqual([]);
  });

  it('keeps the active highlight through replace-all when it is still there', () => {
    let state = send(start(), { type: 'add', highlights: [claim] });
    state = send(state, { type: 'set-active', highlight: claim });
    state = send(state, { type: 'replace-all', highlights: [claim, evidence] });
    expect(
      painted(state)
        .filter((d) => d.kind === 'active')
        .map((d) => d.id),
    ).toEqual(['a']);
  });

  it('maps highlights through a transaction that changes the document', () => {
    const editable = EditorState.create({ doc, plugins: [highlightPlugin()] });
    let state = send(editable, { type: 'add', highlights: [evidence] });
    state = state.apply(state.tr.insertText('New ', 2));
    expect(painted(state).find((d) => d.kind === 'highlight')).toMatchObject({ from: 27, to: 46 });
  });

  it('paints each highlight as a <mark> described by its tag until told more', () => {
    const state = send(start(), { type: 'add', highlights: [claim, evidence] });
    expect(textAttrs(state)).toEqual({
      a: { nodeName: 'mark', class: 'hl hl-claim', 'aria-description': 'Claim' },
      c: { nodeName: 'mark', class: 'hl hl-evidence', 'aria-description': 'Evidence' },
    });
  });

  it('opens with each claim described by its number in document order, so an article is described before the shell says more', () => {
    const later: Highlight = { id: 'z', tag: 'claim', from: 23, to: 42 };
    const state = EditorState.create({ doc, plugins: [highlightPlugin([later, claim, denial])] });
    const described = Object.fromEntries(Object.entries(textAttrs(state)).map(([id, attrs]) => [id, attrs['aria-description']]));
    expect(described).toEqual({ a: 'Claim C1', b: 'Denial', z: 'Claim C2' });
    const answers = new Map([
      ['a', 'Claim C1'],
      ['b', 'Denial'],
      ['z', 'Claim C2'],
    ]);
    const same = send(state, { type: 'describe', describe: (id) => answers.get(id) });
    expect(drawnHighlights(same)).toBe(drawnHighlights(state));
  });

  it('describes highlights by id, redrawing only those whose description changed, and keeps a description through undo-like re-adds', () => {
    let state = send(start(), { type: 'add', highlights: [claim, evidence] });
    state = send(state, { type: 'describe', describe: (id) => (id === 'a' ? 'Claim C1. Note: ask the port' : undefined) });
    expect(textAttrs(state)['a']?.['aria-description']).toBe('Claim C1. Note: ask the port');
    expect(textAttrs(state)['c']?.['aria-description']).toBe('Evidence');

    const evidenceBefore = decorationOf(state, 'c');
    state = send(state, { type: 'describe', describe: (id) => (id === 'a' ? 'Claim C2' : undefined) });
    expect(decorationOf(state, 'c')).toBe(evidenceBefore);
    expect(textAttrs(state)['a']?.['aria-description']).toBe('Claim C2');

    state = send(state, { type: 'remove', highlights: [claim] });
    state = send(state, { type: 'add', highlights: [claim] });
    expect(textAttrs(state)['a']?.['aria-description']).toBe('Claim C2');
  });

  it('draws only the highlights near the viewport window, and follows the window as it moves', () => {
    // The window plugin comes first, as in the reader, so the highlights see its state.
    let state = EditorState.create({ doc, plugins: [viewportWindowPlugin(), highlightPlugin([claim])] });
    state = state.apply(state.tr.setMeta(viewportWindowKey, { from: 0, to: 10 }));
    expect(Object.keys(textAttrs(state))).toEqual(['a']);
    state = send(state, { type: 'add', highlights: [evidence] });
    expect(Object.keys(textAttrs(state))).toEqual(['a']);
    expect(highlightsAt(state, 30).map((h) => h.id)).toEqual(['c']);
    state = state.apply(state.tr.setMeta(viewportWindowKey, { from: 25, to: 45 }));
    expect(Object.keys(textAttrs(state))).toEqual(['c']);
    state = send(state, { type: 'remove', highlights: [evidence] });
    expect(Object.keys(textAttrs(state))).toEqual([]);
  });

  it('draws a badge before the opening quote mark of a highlight that starts after it', () => {
    const quoted = buildDoc([{ type: 'paragraph', text: 'He said: “We will build it.” Then he left.' }]);
    const from = 1 + 1 + quoted.textContent.indexOf('We');
    const state = EditorState.create({
      doc: quoted,
      plugins: [highlightPlugin([{ id: 'q', tag: 'claim', from, to: from + 17 }])],
    });
    const badge = drawnHighlights(state).find(undefined, undefined, (spec: { kind: string }) => spec.kind === 'badge')[0]!;
    expect(quoted.textBetween(badge.from, from)).toBe('“');
  });

  it('returns the same state object for a transaction that changes nothing', () => {
    const state = send(start(), { type: 'add', highlights: [claim] });
    const before = highlightKey.getState(state);
    const after = state.apply(state.tr.setMeta('unrelated', true));
    expect(highlightKey.getState(after)).toBe(before);
  });
});
