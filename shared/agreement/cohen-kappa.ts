import { chanceCorrected, noEstimate, type AgreementEstimate } from './estimate';

/**
 * Cohen's κ (Cohen 1960) for two raters who labelled the same units: observed agreement is the
 * share of units with equal labels, expected agreement Σₖ pₐ(k)·p_b(k) from each rater's own
 * label frequencies. `a[i]` and `b[i]` are the two labels of unit i; the arrays must be equally
 * long. Null (with the reason) when there are no units or every label is the same.
 */
export function cohenKappa(a: readonly string[], b: readonly string[]): AgreementEstimate {
  if (a.length !== b.length) throw new Error(`cohenKappa needs one label per unit from each rater (${a.length} ≠ ${b.length})`);
  const units = a.length;
  if (units === 0) return noEstimate(0, 'there are no sentences to compare');
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let equal = 0;
  for (let i = 0; i < units; i++) {
    const la = a[i] as string;
    const lb = b[i] as string;
    if (la === lb) equal += 1;
    countsA.set(la, (countsA.get(la) ?? 0) + 1);
    countsB.set(lb, (countsB.get(lb) ?? 0) + 1);
  }
  let expected = 0;
  for (const [label, count] of countsA) expected += (count / units) * ((countsB.get(label) ?? 0) / units);
  return chanceCorrected(equal / units, expected, units);
}
