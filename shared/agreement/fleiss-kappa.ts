import { chanceCorrected, noEstimate, type AgreementEstimate } from './estimate';

/**
 * Fleiss' κ (Fleiss 1971) for a fixed number of raters per unit. `units[i]` holds every rater's
 * label for unit i (the same number of labels in every unit). Observed agreement is the mean
 * over units of the share of agreeing rater pairs, P̄; expected agreement is Σⱼ pⱼ² over the
 * pooled label frequencies pⱼ. Null (with the reason) for fewer than two raters, no units, or
 * a single label throughout.
 */
export function fleissKappa(units: readonly (readonly string[])[]): AgreementEstimate {
  const count = units.length;
  if (count === 0) return noEstimate(0, 'there are no sentences to compare');
  const raters = units[0]?.length ?? 0;
  if (units.some((labels) => labels.length !== raters)) throw new Error('fleissKappa needs the same number of labels in every unit');
  if (raters < 2) return noEstimate(count, 'agreement needs at least two analysts');
  const pooled = new Map<string, number>();
  let agreementSum = 0;
  for (const labels of units) {
    const perLabel = new Map<string, number>();
    for (const label of labels) perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
    let agreeingPairs = 0;
    for (const [label, n] of perLabel) {
      agreeingPairs += n * (n - 1);
      pooled.set(label, (pooled.get(label) ?? 0) + n);
    }
    agreementSum += agreeingPairs / (raters * (raters - 1));
  }
  const total = count * raters;
  let expected = 0;
  for (const n of pooled.values()) expected += (n / total) ** 2;
  return chanceCorrected(agreementSum / count, expected, count);
}
