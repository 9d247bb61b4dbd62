import { endsClause, startsLowercase } from '../line-text';

// Hard-wrapped text has lines no longer than its wrap column; web copy has one long line per paragraph.
const MAX_WRAP_COLUMN = 110;
const MIN_WRAP_COLUMN = 50;
// A wrapped line may stop this far short of the column when the next word would not fit.
const WRAP_SLACK = 20;

/**
 * The column the text was hard-wrapped at, or undefined when it does not look hard-wrapped.
 * Judged from lines followed directly by another line: most must end near one common width
 * (at least 50 characters), and few lines in the whole text may be longer than it.
 */
export function estimateWrapWidth(texts: readonly string[]): number | undefined {
  const inner: number[] = [];
  let nonBlank = 0;
  for (let i = 0; i < texts.length; i += 1) {
    const length = texts[i]!.length;
    if (length === 0) continue;
    nonBlank += 1;
    if (length <= MAX_WRAP_COLUMN && (texts[i + 1] ?? '') !== '') inner.push(length);
  }
  if (inner.length < 3) return undefined;
  inner.sort((a, b) => a - b);
  const width = inner[Math.floor(0.9 * (inner.length - 1))]!;
  if (width < MIN_WRAP_COLUMN) return undefined;
  const near = inner.filter((length) => length >= width - 15 && length <= width + 10).length;
  const longer = texts.filter((text) => text.length > width + 10).length;
  return near * 2 >= inner.length && longer * 10 <= nonBlank ? width : undefined;
}

/**
 * True when line `next` continues the paragraph of the line `line` directly above it: the line
 * above stops mid-clause before a lower-case word, or, in hard-wrapped text, the line above is
 * filled to near the wrap column.
 */
export function continuesParagraph(line: string, next: string, wrapWidth: number | undefined): boolean {
  if (wrapWidth !== undefined && line.length <= wrapWidth + 10 && line.length >= wrapWidth - WRAP_SLACK) return true;
  return !endsClause(line) && startsLowercase(next);
}

/**
 * Groups the lines for which `inGroup` holds into paragraphs: runs of adjacent lines (no blank or
 * other line between) that `continuesParagraph` joins. Returns inclusive [first, last] ranges in order.
 */
export function groupParagraphs(
  texts: readonly string[],
  inGroup: (index: number) => boolean,
  wrapWidth: number | undefined,
): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let open: [number, number] | undefined;
  for (let i = 0; i < texts.length; i += 1) {
    if (!inGroup(i)) {
      open = undefined;
      continue;
    }
    if (open !== undefined && continuesParagraph(texts[i - 1]!, texts[i]!, wrapWidth)) {
      open[1] = i;
    } else {
      open = [i, i];
      groups.push(open);
    }
  }
  return groups;
}
