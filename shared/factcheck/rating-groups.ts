import type { VerdictGroup } from '../model/claim-record';

/** A rating label (any case) mapped to one of our groups. */
export type RatingGroups = Readonly<Record<string, VerdictGroup>>;

/**
 * The mapping the app ships with: the Truth-O-Meter, five-point and common fact-checkers'
 * labels, and the platforms' labels (Meta's "False information", "Partly false", "Altered",
 * "Missing context", "Satire"). Keys are folded as `foldRating` folds them.
 */
export const DEFAULT_RATING_GROUPS: RatingGroups = {
  true: 'true',
  'mostly true': 'true',
  correct: 'true',
  accurate: 'true',
  'half true': 'mixed',
  mixed: 'mixed',
  mixture: 'mixed',
  misleading: 'mixed',
  'missing context': 'mixed',
  'needs context': 'mixed',
  'partly false': 'mixed',
  'partly true': 'mixed',
  'half right': 'mixed',
  exaggerated: 'mixed',
  'cherry picks': 'mixed',
  'mostly false': 'false',
  false: 'false',
  'false information': 'false',
  'pants on fire': 'false',
  altered: 'false',
  fake: 'false',
  incorrect: 'false',
  misattributed: 'false',
  fabricated: 'false',
  'four pinocchios': 'false',
  unproven: 'unverifiable',
  unverified: 'unverifiable',
  unsupported: 'unverifiable',
  'no evidence': 'unverifiable',
  'not enough evidence': 'unverifiable',
  unrated: 'unverifiable',
  satire: 'unverifiable',
};

/** A rating as compared with the table: lower case, hyphens and runs of space as one space, end punctuation dropped ("Pants on Fire!" → "pants on fire"). */
export function foldRating(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[-_–—\s]+/gu, ' ')
    .replace(/[\s.!?:;,"'“”‘’]+$/u, '')
    .replace(/^["'“”‘’\s]+/u, '')
    .trim();
}

/**
 * The group of a published rating: its `alternateName` first, then its textual rating, each
 * matched case-insensitively against `table` (the defaults unless the workspace edited them).
 * Undefined when neither is in the table: the caller keeps the fact-check and flags it.
 */
export function mapRating(labels: readonly (string | undefined)[], table: RatingGroups = DEFAULT_RATING_GROUPS): VerdictGroup | undefined {
  const folded = new Map(Object.entries(table).map(([label, group]) => [foldRating(label), group]));
  for (const label of labels) {
    if (label === undefined) continue;
    const group = folded.get(foldRating(label));
    if (group !== undefined) return group;
  }
  return undefined;
}
