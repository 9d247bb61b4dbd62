import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { findInvisibleControls } from '../../../shared/text/invisible-controls';

/** Key of the invisible-controls plugin (its state is the fixed set of marks). */
export const invisibleControlsKey = new PluginKey<DecorationSet>('invisible-controls');

/** Class of the span around each control; reader.css isolates it and shows its name. */
export const INVISIBLE_CONTROL_CLASS = 'pm-invisible-control';

/** Every bidirectional or zero-width control in the doc's text: its position and name. */
export function findControlsInDoc(doc: Node): Array<{ pos: number; name: string }> {
  const found: Array<{ pos: number; name: string }> = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const control of findInvisibleControls(node.text ?? '')) found.push({ pos: pos + control.offset, name: control.name });
    return false;
  });
  return found;
}

/**
 * Shows each bidirectional control and zero-width character in the article as a mark (⟨RLO⟩)
 * instead of letting it act: an inline decoration wraps the character in a span that reader.css
 * isolates (`unicode-bidi: isolate`, so an override inside it ends with it) and labels through
 * generated content from `data-control`. The doc keeps the character, so the text, its
 * sentences and every offset stay those of the article, and copying gives back the original.
 */
export function invisibleControlsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: invisibleControlsKey,
    state: {
      init: (_config, state) =>
        DecorationSet.create(
          state.doc,
          findControlsInDoc(state.doc).map(({ pos, name }) =>
            Decoration.inline(pos, pos + 1, { class: INVISIBLE_CONTROL_CLASS, 'data-control': name, title: `Hidden character: ${name}` }),
          ),
        ),
      apply: (tr, set) => set.map(tr.mapping, tr.doc),
    },
    props: {
      decorations: (state) => invisibleControlsKey.getState(state),
    },
  });
}
