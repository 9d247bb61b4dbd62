/** What separates blocks in a document's plain text; selectors and sentences index that text. */
export const BLOCK_SEPARATOR = '\n\n';

/** What the plain text is made of: any block with its one line of text (the model's `Block` among them). */
export interface TextBlock {
  readonly text: string;
}

/** A block's place in the plain text, [start, end). */
export interface BlockRange {
  start: number;
  end: number;
}

/** The plain text of an article: block texts joined by BLOCK_SEPARATOR. */
export function toPlainText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Where each block's text sits in `toPlainText(blocks)`, in block order. */
export function blockRanges(blocks: readonly TextBlock[]): BlockRange[] {
  const ranges: BlockRange[] = [];
  let at = 0;
  for (const block of blocks) {
    ranges.push({ start: at, end: at + block.text.length });
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return ranges;
}
