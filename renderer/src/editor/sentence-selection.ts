import type { SentenceIndex } from '../text/sentence-index';
import type { TextRange } from '../text/text-range';

/**
 * The reader's selection: the plain-text range tags apply to, plus the sentence cursor that
 * J/K move. `anchor` is the sentence a gesture started on, so extending keeps it fixed.
 * Sentence numbers are -1 when unset.
 */
export interface ReaderSelection {
  readonly range: TextRange | null;
  readonly anchor: number;
  readonly cursor: number;
}

/** Nothing selected, no cursor. */
export const NO_SELECTION: ReaderSelection = { range: null, anchor: -1, cursor: -1 };

function onSentences(index: SentenceIndex, anchor: number, cursor: number): ReaderSelection {
  return { range: index.span(anchor, cursor), anchor, cursor };
}

/** A click: selects the sentence at `offset` (nothing when the article has no sentences). */
export function selectSentenceAt(index: SentenceIndex, offset: number): ReaderSelection {
  const i = index.indexAt(offset);
  return i < 0 ? NO_SELECTION : onSentences(index, i, i);
}

/**
 * Shift+click: extends from the selection's anchor sentence to the sentence at `offset`, whole
 * sentences; without an anchor it is a plain click.
 */
export function extendSelectionTo(index: SentenceIndex, selection: ReaderSelection, offset: number): ReaderSelection {
  const i = index.indexAt(offset);
  if (i < 0) return NO_SELECTION;
  return selection.anchor < 0 ? onSentences(index, i, i) : onSentences(index, selection.anchor, i);
}

/**
 * A drag from `from` to `to` (plain-text offsets, either order). Snapped, it covers every
 * sentence the drag touched; `exact` (Alt held) keeps precisely the characters dragged over,
 * or nothing for an empty drag.
 */
export function selectDrag(index: SentenceIndex, from: number, to: number, exact: boolean): ReaderSelection {
  const anchor = index.indexAt(from);
  const cursor = index.indexAt(to);
  if (exact) {
    const range = from === to ? null : { start: Math.min(from, to), end: Math.max(from, to) };
    return { range, anchor, cursor };
  }
  const touched = index.touching({ start: Math.min(from, to), end: Math.max(from, to) });
  if (!touched) return anchor < 0 ? NO_SELECTION : onSentences(index, anchor, anchor);
  return from <= to ? onSentences(index, touched.first, touched.last) : onSentences(index, touched.last, touched.first);
}

/**
 * J/K: moves the cursor `delta` sentences (clamped to the article) and selects that sentence;
 * with `extend` the selection runs from the anchor to the new cursor. Without a cursor the
 * move starts at sentence `from` (the first one on screen, say) and lands on it.
 */
export function moveCursor(index: SentenceIndex, selection: ReaderSelection, delta: number, extend: boolean, from = 0): ReaderSelection {
  // atMost segments only as far as the move reaches, not the whole article.
  if (index.atMost(0) < 0) return NO_SELECTION;
  const clamp = (i: number) => index.atMost(Math.max(0, i));
  const cursor = selection.cursor < 0 ? clamp(from) : clamp(selection.cursor + delta);
  if (extend && selection.anchor >= 0) return onSentences(index, selection.anchor, cursor);
  return onSentences(index, cursor, cursor);
}

/** Escape: drops the range but keeps the cursor, so J/K go on from where the reader was. */
export function clearSelection(selection: ReaderSelection): ReaderSelection {
  return { range: null, anchor: selection.cursor, cursor: selection.cursor };
}

/** Selects exactly `range` (an annotation's span), with the cursor on its first sentence. */
export function selectRange(index: SentenceIndex, range: TextRange): ReaderSelection {
  const i = index.indexAt(range.start);
  return { range, anchor: i, cursor: i };
}
