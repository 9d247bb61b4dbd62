import type { FactCheck } from './fact-check';
import { foldRating, mapRating, type RatingGroups } from './rating-groups';

/** Stored fact-checks mapped again, and what that changed. */
export interface RemappedFactChecks {
  factChecks: FactCheck[];
  /** How many moved to another group, or into or out of "unmapped". */
  changed: number;
  /** How many have a rating the table still does not map (kept and flagged). */
  unmapped: number;
}

/** The flag an unmapped rating carries; the same words as at import. */
export function unmappedFlag(rating: string): string {
  return `the rating "${rating.slice(0, 200)}" is not in the rating mapping table`;
}

/**
 * Maps every stored fact-check's rating by `table` again (the workspace edited its mapping): a
 * rating now mapped gets its group and loses its flag; one no longer mapped loses its group and
 * is flagged, never dropped. A fact-check without a rating keeps its flag. Only fact-checks whose
 * group changed get `now` as their `updated` time, so colleagues' merges keep the rest as they are.
 */
export function remapFactChecks(factChecks: readonly FactCheck[], table: RatingGroups, now: Date): RemappedFactChecks {
  let changed = 0;
  let unmapped = 0;
  const remapped = factChecks.map((factCheck) => {
    if (factCheck.rating === undefined) return factCheck;
    const group = mapRating([factCheck.rating], table);
    if (group === undefined) unmapped += 1;
    if (group === factCheck.group) return factCheck;
    changed += 1;
    const rest = { ...factCheck };
    delete rest.group;
    delete rest.flagged;
    return group === undefined
      ? { ...rest, flagged: unmappedFlag(factCheck.rating), updated: now.toISOString() }
      : { ...rest, group, updated: now.toISOString() };
  });
  return { factChecks: remapped, changed, unmapped };
}

/** The ratings the fact-checks carry (as first seen, folded together), how many carry each, and the group `table` gives it. */
export function storedRatings(
  factChecks: readonly FactCheck[],
  table: RatingGroups,
): { rating: string; count: number; group: ReturnType<typeof mapRating> }[] {
  const byFold = new Map<string, { rating: string; count: number }>();
  for (const { rating } of factChecks) {
    if (rating === undefined) continue;
    const seen = byFold.get(foldRating(rating));
    if (seen) seen.count += 1;
    else byFold.set(foldRating(rating), { rating, count: 1 });
  }
  return [...byFold.values()]
    .map((r) => ({ ...r, group: mapRating([r.rating], table) }))
    .sort((a, b) => b.count - a.count || a.rating.localeCompare(b.rating));
}
