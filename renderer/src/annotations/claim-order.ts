import type { Annotation } from '../../../shared/model/annotation';

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
 * The number the cards give `claim` among `annotations` (as `numberClaims` would), from one pass
 * that counts the claims before it, without sorting them all; undefined when `claim` is not a
 * claim of the list.
 */
export function claimNumber(claim: Annotation, annotations: readonly Annotation[]): number | undefined {
  if (claim.body.tag !== 'claim') return undefined;
  let before = 0;
  let found = false;
  for (const a of annotations) {
    if (a.body.tag !== 'claim') continue;
    if (a.id === claim.id) found = true;
    else if (compareClaims(a, claim) < 0) before++;
  }
  return found ? before + 1 : undefined;
}
