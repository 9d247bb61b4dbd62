import { chanceCorrected, noEstimate, type AgreementEstimate } from './estimate';

/**
 * Krippendorff's α for nominal data (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"). `units[i]` holds each rater's label for unit i, null where that rater
 * gave none; units with fewer than two labels cannot be paired and are left out. From the
 * coincidence matrix: observed agreement Σ_c o_cc / n, expected Σ_c n_c(n_c − 1) / (n(n − 1)),
 * so α = 1 − D_o/D_e = (observed − expected)/(1 − expected). `units` in the result counts the
 * pairable units. Null (with the reason) when no unit can be paired or one label is all there is.
 */
export function krippendorffAlpha(units: readonly (readonly (string | null)[])[]): AgreementEstimate {
  const marginals = new Map<string, number>();
  let pairable = 0;
  let values = 0;
  let agreement = 0;
  for (const labels of units) {
    const perLabel = new Map<string, number>();
    let present = 0;
    for (const label of labels) {
      if (label === null) continue;
      present += 1;
      perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
    }
    if (present < 2) continue;
    pairable += 1;
    values += present;
    for (const [label, n] of perLabel) {
      // o_cc gains n(n − 1)/(m_u − 1): each ordered pair of equal values, weighted by 1/(m_u − 1).
      agreement += (n * (n - 1)) / (present - 1);
      marginals.set(label, (marginals.get(label) ?? 0) + n);
    }
  }
  if (pairable === 0) return noEstimate(0, 'no sentence has labels from two analysts');
  let expectedPairs = 0;
  for (const n of marginals.values()) expectedPairs += n * (n - 1);
  return chanceCorrected(agreement / values, expectedPairs / (values * (values - 1)), pairable);
}
