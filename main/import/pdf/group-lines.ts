import type { PlacedText, TextLine } from './pdf-text';

// Runs whose baselines differ by less than this share of the font size sit on one line; a
// superscript or a baseline nudged by a renderer stays on its line, the next line does not.
const SAME_BASELINE = 0.4;
// A horizontal gap wider than this share of the font size is not a word space but a gutter
// between columns (or a tab stop): the runs on either side become separate lines.
const GUTTER = 1.2;
// A gap wider than this share of the font size between two runs is a word space.
const WORD_SPACE = 0.12;

const SOFT_HYPHEN = '\u00ad';

/**
 * Groups the upright text runs of one page into lines, top to bottom and left to right within a
 * row. Text drawn twice at the same place (a fake bold) counts once. Soft hyphens inside a line
 * are invisible and removed; one that ends a line stays, to mark a hyphenation break.
 */
export function groupLines(runs: readonly PlacedText[], page: number): TextLine[] {
  const sorted = runs.filter((r) => r.upright && r.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PlacedText[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(run.y - first.y) <= SAME_BASELINE * Math.max(run.size, first.size)) row.push(run);
    else rows.push([run]);
  }
  return rows.flatMap((row) => splitRow(row.sort((a, b) => a.x - b.x)).flatMap((runsOfLine) => toLine(runsOfLine, page) ?? []));
}

function splitRow(row: readonly PlacedText[]): PlacedText[][] {
  const lines: PlacedText[][] = [];
  let end = -Infinity;
  for (const run of row) {
    const line = lines.at(-1);
    const last = line?.at(-1);
    if (last && run.text === last.text && Math.abs(run.x - last.x) < 1) continue;
    if (line && run.x - end <= GUTTER * run.size) {
      line.push(run);
      end = Math.max(end, run.x + run.width);
    } else {
      lines.push([run]);
      end = run.x + run.width;
    }
  }
  return lines;
}

function toLine(runs: readonly PlacedText[], page: number): TextLine | null {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    if (text !== '' && gap > WORD_SPACE * run.size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  const endsWithSoftHyphen = /\u00ad\s*$/.test(text);
  text = text.replaceAll(SOFT_HYPHEN, '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const visible = runs.filter((r) => r.text.trim() !== '');
  return {
    page,
    text: endsWithSoftHyphen ? text + SOFT_HYPHEN : text,
    x: visible[0]!.x,
    xEnd: end,
    y: mostCommon(visible.map((r) => [r.y, r.text.length])),
    size: mostCommon(visible.map((r) => [r.size, r.text.length])),
  };
}

// The value carried by the most characters: a line's size is that of its body text, not of a
// drop cap or a superscript.
function mostCommon(weighted: readonly (readonly [number, number])[]): number {
  const totals = new Map<number, number>();
  for (const [value, weight] of weighted) {
    const key = Math.round(value * 10) / 10;
    totals.set(key, (totals.get(key) ?? 0) + weight);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [value, weight] of totals) {
    if (weight > bestWeight) [best, bestWeight] = [value, weight];
  }
  return best;
}
