import type { Verdict, VerdictGroup } from '../model/claim-record';
import type { RatingScale } from '../model/rating-scale';

/** Why a verdict could not be placed in a group. */
export type VerdictProblem =
  | { kind: 'unknown-scale'; scale: string }
  | { kind: 'unknown-rating'; scale: string; label: string }
  | { kind: 'missing-group'; scale: string; label: string };

export type VerdictReading = { ok: true; group: VerdictGroup; value?: number } | { ok: false; problem: VerdictProblem };

/** Finds the scale a verdict was given on, among the workspace's scales. */
export function findScale(scales: readonly RatingScale[], id: string): RatingScale | undefined {
  return scales.find((s) => s.id === id);
}

/**
 * The common group of a verdict (and its value on a numeric scale). A rating the scale does not
 * know — a colleague's workspace, an old preset — is a problem to report, not a verdict to drop.
 * Labels match case-insensitively. An explicit `group` on the verdict wins on free-text scales.
 */
export function readVerdict(verdict: Verdict, scales: readonly RatingScale[]): VerdictReading {
  const scale = findScale(scales, verdict.scale);
  if (!scale)
    return verdict.group ? { ok: true, group: verdict.group } : { ok: false, problem: { kind: 'unknown-scale', scale: verdict.scale } };
  if (scale.freeText) {
    return verdict.group
      ? { ok: true, group: verdict.group }
      : { ok: false, problem: { kind: 'missing-group', scale: scale.id, label: verdict.label } };
  }
  const wanted = verdict.label.toLowerCase();
  const rating = scale.ratings.find((r) => r.label.toLowerCase() === wanted);
  if (!rating) return { ok: false, problem: { kind: 'unknown-rating', scale: scale.id, label: verdict.label } };
  return rating.value === undefined ? { ok: true, group: rating.group } : { ok: true, group: rating.group, value: rating.value };
}

/** One line for the analyst saying what is wrong with a verdict. */
export function describeVerdictProblem(problem: VerdictProblem): string {
  switch (problem.kind) {
    case 'unknown-scale':
      return `the rating scale "${problem.scale}" is not one of this workspace's scales`;
    case 'unknown-rating':
      return `"${problem.label}" is not a rating on the scale "${problem.scale}"`;
    case 'missing-group':
      return `the free-text rating "${problem.label}" has no group (true, mixed, false or unverifiable)`;
  }
}
