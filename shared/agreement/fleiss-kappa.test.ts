import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa';

/** Units of labels from a count table: row i gives how many raters chose each category for unit i. */
function fromCounts(rows: readonly (readonly number[])[]): string[][] {
  return rows.map((row) => row.flatMap((n, category) => Array<string>(n).fill(`c${category + 1}`)));
}

// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
// Bulletin 76(5), 378–382, Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses
// (depression, personality disorder, schizophrenia, neurosis, other). Published κ = .430
// (R's irr::kappam.fleiss on the same data: 0.4302445); category totals 26, 26, 30, 55, 43.
const FLEISS_1971 = [
  [0, 0, 0, 6, 0],
  [0, 3, 0, 0, 3],
  [0, 1, 4, 0, 1],
  [0, 0, 0, 0, 6],
  [0, 3, 0, 3, 0],
  [2, 0, 4, 0, 0],
  [0, 0, 4, 0, 2],
  [2, 0, 3, 1, 0],
  [2, 0, 0, 4, 0],
  [0, 0, 0, 0, 6],
  [1, 0, 0, 5, 0],
  [1, 1, 0, 4, 0],
  [0, 3, 3, 0, 0],
  [1, 0, 0, 5, 0],
  [0, 2, 0, 3, 1],
  [0, 0, 5, 0, 1],
  [3, 0, 0, 1, 2],
  [5, 1, 0, 0, 0],
  [0, 2, 0, 4, 0],
  [1, 0, 2, 0, 3],
  [0, 0, 0, 0, 6],
  [0, 1, 0, 5, 0],
  [0, 2, 0, 1, 3],
  [2, 0, 0, 4, 0],
  [1, 0, 0, 4, 1],
  [0, 5, 0, 1, 0],
  [4, 0, 0, 0, 2],
  [0, 2, 0, 4, 0],
  [1, 0, 5, 0, 0],
  [0, 0, 0, 0, 6],
];

// Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories;
// P̄ = 0.378, P̄e = 0.213, κ = 0.210.
const WIKIPEDIA = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe('fleissKappa', () => {
  it('reproduces Fleiss (1971) Table 1: κ = .430', () => {
    const units = fromCounts(FLEISS_1971);
    expect(units.every((u) => u.length === 6)).toBe(true);
    expect(FLEISS_1971.reduce((sums, row) => sums.map((s, j) => s + (row[j] ?? 0)), [0, 0, 0, 0, 0])).toEqual([26, 26, 30, 55, 43]);
    const k = fleissKappa(units);
    expect(k.value).toBeCloseTo(0.4302445, 7);
    expect(k.observed).toBeCloseTo(0.5556, 4);
    expect(k.expected).toBeCloseTo((26 ** 2 + 26 ** 2 + 30 ** 2 + 55 ** 2 + 43 ** 2) / 180 ** 2, 12);
    expect(k.units).toBe(30);
  });

  it('reproduces the Wikipedia worked example: P̄ = 0.378, P̄e = 0.213, κ = 0.210', () => {
    const k = fleissKappa(fromCounts(WIKIPEDIA));
    expect(k.observed).toBeCloseTo(0.378, 3);
    expect(k.expected).toBeCloseTo(0.213, 3);
    expect(k.value).toBeCloseTo(0.21, 3);
  });

  it('equals Scott’s π for two raters (the same data through a different formula)', () => {
    const a = ['claim', 'none', 'none', 'evidence', 'claim', 'none', 'denial', 'none'];
    const b = ['claim', 'claim', 'none', 'evidence', 'none', 'none', 'denial', 'evidence'];
    const po = a.filter((l, i) => l === b[i]).length / a.length;
    const pooled = [...a, ...b];
    const pe = [...new Set(pooled)].reduce((s, l) => s + (pooled.filter((x) => x === l).length / pooled.length) ** 2, 0);
    expect(fleissKappa(a.map((l, i) => [l, b[i] as string])).value).toBeCloseTo((po - pe) / (1 - pe), 12);
  });

  it('is null, with a reason, for one rater, no units, or one label throughout', () => {
    expect(fleissKappa([['claim'], ['none']])).toMatchObject({
      value: null,
      units: 2,
      reason: expect.stringMatching(/two analysts/) as unknown,
    });
    expect(fleissKappa([])).toMatchObject({ value: null, units: 0, reason: expect.stringMatching(/no sentences/) as unknown });
    expect(
      fleissKappa([
        ['none', 'none'],
        ['none', 'none'],
      ]),
    ).toMatchObject({ value: null, observed: 1, expected: 1 });
  });
});
