import type { VerdictSummaryKey } from '../../../shared/model/article-overview';
import { GROUP_LABELS } from '../labels/claim-labels';

/** The word shown for a verdict group on cards and in the verdict filter. */
export function verdictWord(key: VerdictSummaryKey): string {
  const word = key === 'unrated' ? 'not rated yet' : GROUP_LABELS[key];
  return word.charAt(0).toUpperCase() + word.slice(1);
}
