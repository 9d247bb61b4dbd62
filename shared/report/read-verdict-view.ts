import type { Verdict } from '../model/claim-record';
import type { RatingScale } from '../model/rating-scale';
import { describeVerdictProblem, findScale, readVerdict } from '../verdict/verdict-group';
import type { VerdictView } from './report-model';

/**
 * Reads a verdict against the workspace's scales for display and ClaimReview: group and, on a
 * numeric scale, value, best and worst. A verdict that cannot be read keeps its label and says why.
 */
export function readVerdictView(verdict: Verdict, scales: readonly RatingScale[]): VerdictView {
  const scale = findScale(scales, verdict.scale);
  const view: VerdictView = {
    label: verdict.label,
    scaleId: verdict.scale,
    scaleName: scale?.name ?? verdict.scale,
    justification: verdict.justification,
    decided: verdict.decided,
  };
  const reading = readVerdict(verdict, scales);
  if (!reading.ok) return { ...view, problem: describeVerdictProblem(reading.problem) };
  const values = scale?.ratings.flatMap((r) => (r.value === undefined ? [] : [r.value])) ?? [];
  if (reading.value === undefined || values.length === 0) return { ...view, group: reading.group };
  return { ...view, group: reading.group, value: reading.value, best: Math.max(...values), worst: Math.min(...values) };
}
