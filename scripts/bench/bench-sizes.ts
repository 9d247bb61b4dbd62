/** The article sizes and annotation counts the issue asks the benchmark to cover. */
export const BENCH_CASES = [
  { label: '6 KB / 100', bytes: 6 * 1024, annotations: 100 },
  { label: '1 MB / 1,000', bytes: 1024 * 1024, annotations: 1_000 },
  { label: '1 MB / 10,000', bytes: 1024 * 1024, annotations: 10_000 },
  { label: '5 MB / 10,000', bytes: 5 * 1024 * 1024, annotations: 10_000 },
] as const;
export type BenchCase = (typeof BENCH_CASES)[number];
