/** Index of the first item of `sorted` (in `compare` order) that is not before `probe`: where `probe` is, or would be inserted. A binary search. */
export function firstNotBefore<T>(sorted: readonly T[], probe: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(sorted[mid]!, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
