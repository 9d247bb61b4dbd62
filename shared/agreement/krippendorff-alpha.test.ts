import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';

const _ = null;
// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C: four
// observers, twelve units, missing values, nominal data. Published: n = 40 pairable values,
// α = 0.743. (Unit 12 has one value and cannot be paired.)
const OBSERVERS = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const UNITS = OBSERVERS[0]!.map((_value, u) => OBSERVERS.map((row) => (row[u] === null || row[u] === undefined ? null : String(row[u]))));

describe('krippendorffAlpha', () => {
  it('reproduces Krippendorff (2011)’s nominal example with missing data: α = 0.743', () => {
    const alpha = krippendorffAlpha(UNITS);
    expect(alpha.value).toBeCloseTo(0.743, 3);
    // 1 − D_o = 32/40 (the coincidence matrix's diagonal); 1 − D_e from the published value
    // marginals n_c = 9, 13, 10, 5, 3 (n = 40).
    expect(alpha.observed).toBeCloseTo(32 / 40, 12);
    expect(alpha.expected).toBeCloseTo((9 * 8 + 13 * 12 + 10 * 9 + 5 * 4 + 3 * 2) / (40 * 39), 12);
    expect(alpha.units).toBe(11);
  });

  // Krippendorff (2011), section A: two observers, binary data, ten units, nothing missing.
  // Published: α = 0.095 (D_o = 0.4 of 20 values; 1 − D_e from marginals 14 and 6).
  it('reproduces Krippendorff (2011)’s two-observer binary example: α = 0.095', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const alpha = krippendorffAlpha(a.map((value, u) => [String(value), String(b[u])]));
    expect(alpha.value).toBeCloseTo(0.095, 3);
    expect(alpha.observed).toBeCloseTo(0.6, 12);
    expect(alpha.expected).toBeCloseTo((14 * 13 + 6 * 5) / (20 * 19), 12);
  });

  it('differs from Fleiss’ κ on complete data only by drawing expected pairs without replacement', () => {
    // With all m raters on all N units, both observe the same agreement, and α's expected
    // agreement is (N·m·P̄e − 1)/(N·m − 1) for Fleiss' P̄e: a little lower, so α ≥ κ.
    const units = [
      ['claim', 'claim', 'none'],
      ['none', 'none', 'none'],
      ['evidence', 'claim', 'evidence'],
      ['none', 'denial', 'none'],
      ['claim', 'claim', 'claim'],
      ['none', 'none', 'evidence'],
    ];
    const alpha = krippendorffAlpha(units);
    const kappa = fleissKappa(units);
    const values = units.length * 3;
    expect(alpha.observed).toBeCloseTo(kappa.observed!, 12);
    expect(alpha.expected).toBeCloseTo((values * kappa.expected! - 1) / (values - 1), 12);
    expect(alpha.value!).toBeGreaterThan(kappa.value!);
  });

  it('is null, with a reason, when no unit has two labels or one label is all there is', () => {
    expect(
      krippendorffAlpha([
        ['claim', null],
        [null, 'none'],
      ]),
    ).toMatchObject({ value: null, units: 0, reason: expect.stringMatching(/two analysts/) as unknown });
    expect(krippendorffAlpha([])).toMatchObject({ value: null, units: 0 });
    expect(
      krippendorffAlpha([
        ['none', 'none'],
        ['none', 'none', null],
      ]),
    ).toMatchObject({ value: null, observed: 1, expected: 1, units: 2 });
  });
});
