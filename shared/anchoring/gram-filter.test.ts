import approxSearch from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/seeded-random';
import { generateArticle } from './baselines/generate-article';
import { GramFilter } from './gram-filter';

const { text } = generateArticle(200_000, 3);
const filter = new GramFilter(text);
const covered = (windows: readonly [number, number][]) => windows.reduce((sum, [a, b]) => sum + b - a, 0);

// A stretch of the text with `edits` random one-character changes (substitutions, insertions,
// deletions), as an edited sentence would be.
function editedStretch(random: () => number, edits: number): string {
  const at = Math.floor(random() * (text.length - 300));
  let quote = text.slice(at, at + 40 + Math.floor(random() * 160));
  for (let e = 0; e < edits; e++) {
    const k = Math.floor(random() * quote.length);
    const kind = e % 3;
    quote = quote.slice(0, k) + (kind === 2 ? '' : 'qx'[e % 2]) + quote.slice(kind === 1 ? k : k + 1);
  }
  return quote;
}

describe('GramFilter', () => {
  it('never rules out a stretch where the quote occurs within its error budget', () => {
    const random = seededRandom(11);
    let checked = 0;
    for (let trial = 0; trial < 40; trial++) {
      const maxErrors = Math.floor(random() * 16);
      const quote = editedStretch(random, Math.floor(random() * (maxErrors + 3)));
      const from = Math.floor(random() * 2000);
      const to = text.length - Math.floor(random() * 2000);
      const windows = filter.candidateWindows(quote, maxErrors, from, to);
      if (windows === undefined) continue;
      for (const match of approxSearch(text.slice(from, to), quote, maxErrors)) {
        const [start, end] = [from + match.start, from + match.end];
        expect(
          windows.some(([a, b]) => a <= start && end <= b),
          `${JSON.stringify(quote)} at ${start}`,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('leaves only the neighbourhood of an edited sentence to search', () => {
    const sentence = text.slice(120_000, 120_140);
    const quote = sentence.replace(/[a-z]{5,}/, 'reportedly');
    const windows = filter.candidateWindows(quote, 14, 0, text.length)!;
    expect(windows.some(([a, b]) => a <= 120_000 && 120_140 <= b)).toBe(true);
    expect(covered(windows)).toBeLessThan(2_000);
  });

  it('leaves nothing to search when no stretch shares enough of the quote', () => {
    const quote = 'Zebras quietly juggled seventeen purple umbrellas beside the frozen lighthouse at dawn.';
    expect(filter.candidateWindows(quote, 5, 0, text.length)).toEqual([]);
  });

  it('stays inside the region it is given', () => {
    const quote = text.slice(50_000, 50_120);
    for (const [a, b] of filter.candidateWindows(quote, 6, 60_000, 150_000)!) {
      expect(a).toBeGreaterThanOrEqual(60_000);
      expect(b).toBeLessThanOrEqual(150_000);
    }
  });

  it('rules nothing out for a quote too short for its error budget', () => {
    expect(filter.candidateWindows('rising costs', 4, 0, text.length)).toBeUndefined();
  });
});
