/**
 * A chance-corrected agreement figure, (observed − expected) / (1 − expected), with the
 * observed and expected agreement it was computed from and the number of units behind it.
 * `value` is null, never NaN, when the figure is undefined; `reason` then says why in words an
 * analyst can read. `observed` and `expected` are null only when there was nothing to compare.
 */
export interface AgreementEstimate {
  value: number | null;
  observed: number | null;
  expected: number | null;
  units: number;
  reason?: string;
}

// Expected agreement computed as a sum of products can land a rounding error short of 1 when
// every label is the same; such a figure is 0/0, not a huge number.
const ONE = 1 - 1e-12;

/** The estimate for `observed` and `expected` agreement over `units` units; null when expected agreement is 1. */
export function chanceCorrected(observed: number, expected: number, units: number): AgreementEstimate {
  if (expected >= ONE) {
    return {
      value: null,
      observed,
      expected: 1,
      units,
      reason: 'every label was the same, so agreement by chance is certain and the figure is undefined',
    };
  }
  return { value: (observed - expected) / (1 - expected), observed, expected, units };
}

/** An estimate that could not be computed at all (no units, too few analysts), with the reason. */
export function noEstimate(units: number, reason: string): AgreementEstimate {
  return { value: null, observed: null, expected: null, units, reason };
}
