/** A run of equal items: `a[aStart + i] === b[bStart + i]` for `i < length`. */
export interface MatchRun {
  aStart: number;
  bStart: number;
  length: number;
}

/**
 * Longest-common-subsequence matches between `a` and `b` by Myers' O((N+M)·D) algorithm, in
 * order. Returns null when more than `maxEdits` insertions plus deletions would be needed: the
 * trace it keeps grows with D², so callers fall back to a coarser answer instead of stalling on
 * two unrelated texts.
 */
export function myersMatches(a: readonly number[], b: readonly number[], maxEdits: number): MatchRun[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  // Diagonals of one parity are written while the other parity is read, so one array serves.
  const v = new Int32Array(2 * limit + 3);
  // trace[d] is the frontier before step d, kept only for diagonals -d..d (index k + d), so the
  // trace costs O(D²) rather than O(D·(N+M)).
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

/** Walks the saved frontiers back from (n, m), collecting the diagonal runs (snakes). */
function backtrack(trace: readonly Int32Array[], dEnd: number, n: number, m: number): MatchRun[] {
  const runs: MatchRun[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const k = x - y;
    const before = trace[d]!;
    const down = k === -d || (k !== d && before[k - 1 + d]! < before[k + 1 + d]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[prevK + d]!;
    const prevY = prevX - prevK;
    const snakeX = down ? prevX : prevX + 1;
    if (x > snakeX) runs.push({ aStart: snakeX, bStart: y - (x - snakeX), length: x - snakeX });
    x = prevX;
    y = prevY;
  }
  if (x > 0) runs.push({ aStart: 0, bStart: 0, length: x });
  return runs.reverse();
}
