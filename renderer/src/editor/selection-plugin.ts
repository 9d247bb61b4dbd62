import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** The reader's selection and sentence cursor in document positions; null hides one. */
export interface SelectionMarks {
  selection: { from: number; to: number } | null;
  cursor: { from: number; to: number } | null;
}

/** Key of the selection plugin; send `SelectionMarks` as its meta to redraw them. */
export const selectionKey = new PluginKey<DecorationSet>('reader-selection');

/**
 * Paints the app's own selection (the range tags apply to) and the J/K sentence cursor as
 * decorations. The browser's selection is not used: the view is not editable and pointer
 * gestures are interpreted in sentences, so the app owns what is selected.
 */
export function selectionPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: selectionKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr: Transaction, set) => {
        const marks = tr.getMeta(selectionKey) as SelectionMarks | undefined;
        if (!marks) return set.map(tr.mapping, tr.doc);
        const decorations: Decoration[] = [];
        if (marks.selection && marks.selection.to > marks.selection.from) {
          decorations.push(Decoration.inline(marks.selection.from, marks.selection.to, { class: 'reader-selection' }));
        }
        if (marks.cursor && marks.cursor.to > marks.cursor.from) {
          decorations.push(Decoration.inline(marks.cursor.from, marks.cursor.to, { class: 'sentence-cursor' }));
        }
        return DecorationSet.create(tr.doc, decorations);
      },
    },
    props: { decorations: (state) => selectionKey.getState(state) },
  });
}
