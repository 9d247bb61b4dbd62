import { describe, expect, it } from 'vitest';
import { segmentBlock } from '../../../shared/segment';
import { toPlainText } from '../../../shared/text/plain-text';
import type { Block } from '../../../shared/model/article';
import { SentenceIndex } from '../text/sentence-index';
import {
  NO_SELECTION,
  clearSelection,
  extendSelectionTo,
  moveCursor,
  selectDrag,
  selectRange,
  selectSentenceAt,
} from './sentence-selection';

const blocks: Block[] = [
  { type: 'paragraph', text: 'Alpha is first. Beta is second.' },
  { type: 'paragraph', text: 'Gamma is third. Delta is fourth.' },
];
const text = toPlainText(blocks);
const index = SentenceIndex.fromBlocks(blocks, segmentBlock);
const at = (word: string) => text.indexOf(word);
const quoted = (range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe('sentence selection', () => {
  it('selects the sentence under a click', () => {
    const selection = selectSentenceAt(index, at('second'));
    expect(quoted(selection.range)).toBe('Beta is second.');
    expect(selection.cursor).toBe(1);
  });

  it('extends a selection to the clicked sentence with Shift', () => {
    const first = selectSentenceAt(index, at('third'));
    expect(quoted(extendSelectionTo(index, first, at('Alpha')).range)).toBe('Alpha is first. Beta is second.\n\nGamma is third.');
    expect(quoted(extendSelectionTo(index, NO_SELECTION, at('Delta')).range)).toBe('Delta is fourth.');
  });

  it('snaps a drag to the whole sentences it touches', () => {
    const forward = selectDrag(index, at('is first') + 1, at('Gamma') + 2, false);
    expect(quoted(forward.range)).toBe('Alpha is first. Beta is second.\n\nGamma is third.');
    expect(forward.anchor).toBe(0);
    expect(forward.cursor).toBe(2);
    const backward = selectDrag(index, at('fourth'), at('third'), false);
    expect(quoted(backward.range)).toBe('Gamma is third. Delta is fourth.');
    expect(backward.anchor).toBe(3);
    expect(backward.cursor).toBe(2);
  });

  it('keeps the exact characters of a drag with Alt', () => {
    expect(quoted(selectDrag(index, at('Beta'), at(' second'), true).range)).toBe('Beta is');
    expect(selectDrag(index, at('Beta'), at('Beta'), true).range).toBeNull();
  });

  it('moves the cursor one sentence at a time and stops at the ends', () => {
    let selection = moveCursor(index, NO_SELECTION, 1, false);
    expect(quoted(selection.range)).toBe('Alpha is first.');
    selection = moveCursor(index, selection, 1, false);
    expect(quoted(selection.range)).toBe('Beta is second.');
    selection = moveCursor(index, selection, -5, false);
    expect(selection.cursor).toBe(0);
    expect(moveCursor(index, NO_SELECTION, 1, false, 2).cursor).toBe(2);
  });

  it('extends with the cursor when asked', () => {
    let selection = selectSentenceAt(index, at('Beta'));
    selection = moveCursor(index, selection, 1, true);
    selection = moveCursor(index, selection, 1, true);
    expect(quoted(selection.range)).toBe('Beta is second.\n\nGamma is third. Delta is fourth.');
    selection = moveCursor(index, selection, -3, true);
    expect(quoted(selection.range)).toBe('Alpha is first. Beta is second.');
  });

  it('clears the range and keeps the cursor', () => {
    const cleared = clearSelection(selectSentenceAt(index, at('Gamma')));
    expect(cleared.range).toBeNull();
    expect(quoted(moveCursor(index, cleared, 1, false).range)).toBe('Delta is fourth.');
  });

  it('selects an annotation range exactly', () => {
    const range = { start: at('is third'), end: at('third') };
    expect(selectRange(index, range)).toEqual({ range, anchor: 2, cursor: 2 });
  });
});
