import type { TextLine } from './pdf-text';

const BIN = 2;
// A gutter is at least this wide (points) and has at least this share of the lines wholly on
// each side; lines crossing it (a headline over both columns) may be at most MAX_SPANNING of them.
const MIN_GUTTER = 6;
const MIN_SIDE_SHARE = 0.2;
const MIN_SIDE_LINES = 3;
const MAX_SPANNING = 0.25;

/**
 * Puts a page's lines into reading order as runs of lines that read straight down: a page set in
 * columns reads column by column, and a line spanning the columns (a headline, a standfirst)
 * ends the columns above it and starts a run of its own. Columns inside columns are found the
 * same way. Lines come in any order; each run is top to bottom.
 */
export function orderColumns(lines: readonly TextLine[]): TextLine[][] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
  return sorted.length === 0 ? [] : splitAtGutter(sorted);
}

function splitAtGutter(lines: TextLine[]): TextLine[][] {
  const gutter = findGutter(lines);
  if (gutter === null) return [lines];
  const runs: TextLine[][] = [];
  let columns: TextLine[] = [];
  let spanning: TextLine[] = [];
  const flushColumns = () => {
    if (columns.length === 0) return;
    runs.push(...splitAtGutter(columns.filter((l) => l.xEnd <= gutter)), ...splitAtGutter(columns.filter((l) => l.x >= gutter)));
    columns = [];
  };
  for (const line of lines) {
    if (line.x < gutter && line.xEnd > gutter) {
      flushColumns();
      spanning.push(line);
    } else {
      if (spanning.length > 0) runs.push(spanning);
      spanning = [];
      columns.push(line);
    }
  }
  flushColumns();
  if (spanning.length > 0) runs.push(spanning);
  return runs.filter((run) => run.length > 0);
}

// The leftmost gap between columns: a vertical strip that few lines cross, with enough lines
// wholly on either side. Null when the lines form one column.
function findGutter(lines: readonly TextLine[]): number | null {
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.xEnd));
  const bins = Math.ceil((right - left) / BIN);
  if (bins <= 0) return null;
  const coverage = new Array<number>(bins).fill(0);
  for (const line of lines) {
    for (let i = Math.floor((line.x - left) / BIN); i < Math.ceil((line.xEnd - left) / BIN); i++) coverage[i] = (coverage[i] ?? 0) + 1;
  }
  const maxCrossing = Math.floor(lines.length * MAX_SPANNING);
  const minSide = Math.max(MIN_SIDE_LINES, Math.ceil(lines.length * MIN_SIDE_SHARE));
  for (let start = 0; start < bins;) {
    if ((coverage[start] ?? 0) > maxCrossing) {
      start++;
      continue;
    }
    let end = start;
    while (end < bins && (coverage[end] ?? 0) <= maxCrossing) end++;
    const from = left + start * BIN;
    const to = left + end * BIN;
    const middle = (from + to) / 2;
    const whollyLeft = lines.filter((l) => l.xEnd <= middle).length;
    const whollyRight = lines.filter((l) => l.x >= middle).length;
    if (to - from >= MIN_GUTTER && whollyLeft >= minSide && whollyRight >= minSide) return middle;
    start = end;
  }
  return null;
}
