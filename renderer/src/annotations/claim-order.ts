import type { Annotation } from '../../../shared/model/annotation';
import { firstNotBefore } from './first-not-before';

/**
 * The order claims are numbered in (C1, C2…), the same as `sortClaims`: by position, then
 * creation time, then id. Negative when `a` comes first.
 */
export function compareClaims(a: Annotation, b: Annotation): number {
  const pa = a.target.selector.position;
  const pb = b.target.selector.position;
  return pa.start - pb.start || pa.end - pb.end || a.created.localeCompare(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The number the cards give `claim` among `claims` (every claim, in `compareClaims` order), or,
 * for a claim that list does not hold, the number it would take there: one plus the claims
 * before it. A binary search, so naming a claim costs the same among 10,000 as among ten.
 */
export function claimRank(claim: Annotation, claims: readonly Annotation[]): number {
  return firstNotBefore(claims, claim, compareClaims) + 1;
}
