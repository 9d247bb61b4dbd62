/** The median of a list of timings (ms); the benchmark reports medians, not means, to shrug off GC pauses. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median wall time in ms. */
export function timeMedian(fn: () => void, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A timing to two decimals, as the benchmark prints and saves them. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
