import type { FactCheck } from './fact-check';
import type { ClaimReviewItem } from './read-claim-reviews';
import { DEFAULT_RATING_GROUPS, mapRating, type RatingGroups } from './rating-groups';

/** An imported fact-check that needs a look, and why. */
export interface FlaggedReview {
  where: string;
  reason: string;
}

/** The fact-checks after an import, and what the import did. */
export interface MergedFactChecks {
  factChecks: FactCheck[];
  imported: number;
  updated: number;
  flagged: FlaggedReview[];
}

/**
 * The key that makes a re-import update a fact-check rather than add it: the review URL, else
 * the claim text and publisher, folded (case, spaces), so a review with no URL is still
 * recognised.
 */
export function factCheckKey(item: Pick<ClaimReviewItem, 'url' | 'claim' | 'publisher'>): string {
  if (item.url !== undefined) return item.url;
  const fold = (s: string | undefined): string => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return `${fold(item.claim)} | ${fold(item.publisher)}`;
}

/**
 * Adds `items` to `existing`: an item whose key (`factCheckKey`) is already there replaces it,
 * keeping when it was first imported; a new one is appended. Each rating is mapped to a group by
 * `table`; a rating not in it, or no rating at all, is kept and flagged, never dropped. Two
 * items with one key in the same input count once, the later winning. `now` dates the change.
 */
export function mergeFactChecks(
  existing: readonly FactCheck[],
  items: readonly ClaimReviewItem[],
  now: Date,
  table: RatingGroups = DEFAULT_RATING_GROUPS,
): MergedFactChecks {
  const byKey = new Map(existing.map((f) => [f.key, f]));
  const seen = new Set<string>();
  let imported = 0;
  let updated = 0;
  const flagged: FlaggedReview[] = [];
  for (const item of items) {
    const key = factCheckKey(item);
    const before = byKey.get(key);
    const factCheck = toFactCheck(item, key, now.toISOString(), before?.imported, table);
    if (factCheck.flagged !== undefined) flagged.push({ where: item.where, reason: factCheck.flagged });
    byKey.set(key, factCheck);
    if (seen.has(key)) continue;
    seen.add(key);
    if (before === undefined) imported += 1;
    else updated += 1;
  }
  return { factChecks: [...byKey.values()], imported, updated, flagged };
}

function toFactCheck(item: ClaimReviewItem, key: string, now: string, imported: string | undefined, table: RatingGroups): FactCheck {
  const group = mapRating(item.ratings, table);
  const rating = item.ratings[0];
  const factCheck: FactCheck = {
    key,
    claim: item.claim,
    ...(item.claimant === undefined ? {} : { claimant: item.claimant.slice(0, 300) }),
    ...(item.claimDate === undefined ? {} : { claimDate: item.claimDate.slice(0, 100) }),
    ...(item.reviewDate === undefined ? {} : { reviewDate: item.reviewDate.slice(0, 100) }),
    ...(item.publisher === undefined ? {} : { publisher: item.publisher.slice(0, 300) }),
    ...(item.url === undefined ? {} : { url: item.url.slice(0, 2_000) }),
    ...(rating === undefined ? {} : { rating: rating.slice(0, 300) }),
    ...(group === undefined ? {} : { group }),
    ...(item.language === undefined ? {} : { language: item.language.slice(0, 35) }),
    imported: imported ?? now,
    updated: now,
  };
  if (rating === undefined) factCheck.flagged = 'no rating (reviewRating or textualRating)';
  else if (group === undefined) factCheck.flagged = `the rating "${rating.slice(0, 200)}" is not in the rating mapping table`;
  return factCheck;
}
