import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa';

/** Two raters' labels from a 2×2 table: [both yes, a yes b no, a no b yes, both no]. */
function fromTable([yy, yn, ny, nn]: [number, number, number, number]): [string[], string[]] {
  const a = [...Array<string>(yy + yn).fill('yes'), ...Array<string>(ny + nn).fill('no')];
  const b = [
    ...Array<string>(yy).fill('yes'),
    ...Array<string>(yn).fill('no'),
    ...Array<string>(ny).fill('yes'),
    ...Array<string>(nn).fill('no'),
  ];
  return [a, b];
}

describe('cohenKappa', () => {
  // Wikipedia, "Cohen's kappa", simple example: 50 grant proposals read by two readers
  // (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): p_o = 0.7, p_e = 0.5, κ = 0.4.
  it('matches the grant-proposal worked example', () => {
    const k = cohenKappa(...fromTable([20, 5, 10, 15]));
    expect(k.observed).toBeCloseTo(0.7, 12);
    expect(k.expected).toBeCloseTo(0.5, 12);
    expect(k.value).toBeCloseTo(0.4, 12);
    expect(k.units).toBe(50);
  });

  // Wikipedia, "Cohen's kappa", same percentages but different numbers: both tables agree on
  // 60 of 100 items, yet κ = 0.1304 for (45, 15, 25, 15) and 0.2593 for (25, 35, 5, 35).
  it('matches the two equal-agreement tables whose κ differ', () => {
    const first = cohenKappa(...fromTable([45, 15, 25, 15]));
    const second = cohenKappa(...fromTable([25, 35, 5, 35]));
    expect(first.observed).toBeCloseTo(0.6, 12);
    expect(second.observed).toBeCloseTo(0.6, 12);
    expect(first.expected).toBeCloseTo(0.54, 12);
    expect(second.expected).toBeCloseTo(0.46, 12);
    expect(first.value).toBeCloseTo(0.1304, 4);
    expect(second.value).toBeCloseTo(0.2593, 4);
  });

  it('is 1 for identical labels over several categories and negative for systematic disagreement', () => {
    const labels = ['claim', 'none', 'denial', 'evidence', 'none', 'claim'];
    expect(cohenKappa(labels, labels).value).toBe(1);
    expect(cohenKappa(['claim', 'none', 'claim', 'none'], ['none', 'claim', 'none', 'claim']).value).toBe(-1);
  });

  it('is null, with a reason, when every label is the same or there are no units', () => {
    const same = cohenKappa(['none', 'none', 'none'], ['none', 'none', 'none']);
    expect(same).toMatchObject({ value: null, observed: 1, expected: 1, units: 3 });
    expect(same.reason).toMatch(/every label was the same/);
    const empty = cohenKappa([], []);
    expect(empty).toMatchObject({ value: null, observed: null, expected: null, units: 0 });
    expect(empty.reason).toMatch(/no sentences/);
  });

  it('does not depend on which rater is first, the order of units, or the names of the labels', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const labels = ['claim', 'denial', 'evidence', 'none'];
    for (let run = 0; run < 50; run++) {
      const a = Array.from({ length: 30 }, () => labels[Math.floor(random() * 4)] as string);
      const b = a.map((l) => (random() < 0.6 ? l : (labels[Math.floor(random() * 4)] as string)));
      const kappa = cohenKappa(a, b).value;
      const order = a.map((_l, i) => i).sort(() => random() - 0.5);
      const rename = (l: string) => `label-${labels.indexOf(l)}`;
      expect(cohenKappa(b, a).value).toBeCloseTo(kappa!, 12);
      expect(
        cohenKappa(
          order.map((i) => a[i]!),
          order.map((i) => b[i]!),
        ).value,
      ).toBeCloseTo(kappa!, 12);
      expect(cohenKappa(a.map(rename), b.map(rename)).value).toBeCloseTo(kappa!, 12);
    }
  });

  it('refuses label lists of different lengths', () => {
    expect(() => cohenKappa(['a'], ['a', 'b'])).toThrow(/one label per unit/);
  });
});
