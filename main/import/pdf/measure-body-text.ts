import type { TextLine } from './pdf-text';

/** The size and line spacing of the article's body text, the yardstick for headings and gaps. */
export interface BodyText {
  /** The font size that most characters are set in. */
  size: number;
  /** The usual distance between baselines of consecutive body lines. */
  leading: number;
}

/**
 * Measures body text over runs of lines that read straight down (see orderColumns): the size
 * carrying the most characters, and the median baseline distance between consecutive lines of
 * that size (1.2 times the size when no two such lines follow each other).
 */
export function measureBodyText(runs: readonly (readonly TextLine[])[]): BodyText {
  const characters = new Map<number, number>();
  for (const line of runs.flat()) characters.set(line.size, (characters.get(line.size) ?? 0) + line.text.length);
  const size = [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const gaps: number[] = [];
  for (const run of runs) {
    for (let i = 1; i < run.length; i++) {
      const [above, below] = [run[i - 1]!, run[i]!];
      const gap = below.y - above.y;
      if (sameSize(above.size, size) && sameSize(below.size, size) && gap > 0 && gap < 3 * size) gaps.push(gap);
    }
  }
  gaps.sort((a, b) => a - b);
  return { size, leading: gaps[Math.floor(gaps.length / 2)] ?? 1.2 * size };
}

/** Whether two font sizes are the same setting (renderers round sizes differently). */
export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.08 * Math.max(a, b);
}
