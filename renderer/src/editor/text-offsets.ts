import type { Node } from 'prosemirror-model';
import { BLOCK_SEPARATOR } from '../../../shared/text/plain-text';
import type { TextRange } from '../text/text-range';

/** Index of the last entry of a sorted table that is <= value, or -1 when none is. */
function lastAtOrBefore(table: Int32Array, value: number): number {
  let lo = 0;
  let hi = table.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Maps offsets in the article's plain text (block texts joined by BLOCK_SEPARATOR) to
 * ProseMirror positions and back, in O(log blocks) through two sorted start tables. Valid for
 * one document: the reader never changes its doc, so the tables never go stale.
 */
export class TextOffsets {
  private constructor(
    private readonly textStarts: Int32Array,
    private readonly posStarts: Int32Array,
    private readonly lengths: Int32Array,
    /** Length of the plain text the offsets index. */
    readonly textLength: number,
  ) {}

  /** Reads the block table from a reader doc (sections of text blocks). */
  static fromDoc(doc: Node): TextOffsets {
    const textStarts: number[] = [];
    const posStarts: number[] = [];
    const lengths: number[] = [];
    let text = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      textStarts.push(text);
      posStarts.push(pos + 1);
      lengths.push(node.content.size);
      text += node.content.size + BLOCK_SEPARATOR.length;
      return false;
    });
    const textLength = Math.max(0, text - BLOCK_SEPARATOR.length);
    return new TextOffsets(Int32Array.from(textStarts), Int32Array.from(posStarts), Int32Array.from(lengths), textLength);
  }

  /**
   * The position of a plain-text offset. An offset inside a block separator maps to the end of
   * the block before it; offsets outside the text are clamped to it.
   */
  toPos(offset: number): number {
    const i = Math.max(0, lastAtOrBefore(this.textStarts, offset));
    const delta = Math.min(Math.max(0, offset - this.textStarts[i]!), this.lengths[i]!);
    return this.posStarts[i]! + delta;
  }

  /**
   * The plain-text offset of a position. A position between blocks (on a node boundary) maps
   * to the end of the block before it, or to 0 before the first block.
   */
  toOffset(pos: number): number {
    const i = lastAtOrBefore(this.posStarts, pos);
    if (i < 0) return 0;
    const delta = Math.min(pos - this.posStarts[i]!, this.lengths[i]!);
    return this.textStarts[i]! + delta;
  }

  /** A plain-text range as positions `{from, to}`. */
  toPosRange(range: TextRange): { from: number; to: number } {
    return { from: this.toPos(range.start), to: this.toPos(range.end) };
  }
}
