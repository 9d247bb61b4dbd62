/** The article sizes and annotation counts the issue asks the benchmark to cover. */
export const BENCH_CASES = [
  { label: '6 KB / 100', bytes: 6 * 1024, annotations: 100 },
  { label: '1 MB / 1,000', bytes: 1024 * 1024, annotations: 1_000 },
  { label: '1 MB / 10,000', bytes: 1024 * 1024, annotations: 10_000 },
  { label: '5 MB / 10,000', bytes: 5 * 1024 * 1024, annotations: 10_000 },
] as const;
export type BenchCase = (typeof BENCH_CASES)[number];

/** An article size on its own, for figures that do not depend on the annotations. */
export interface ArticleSize {
  label: string;
  bytes: number;
}

/** The article sizes among `cases` ('6 KB', '1 MB', '5 MB'), each once, in order. */
export function articleSizes(cases: readonly BenchCase[]): ArticleSize[] {
  const sizes = new Map<number, string>();
  for (const c of cases) if (!sizes.has(c.bytes)) sizes.set(c.bytes, c.label.split(' / ')[0]!);
  return [...sizes].map(([bytes, label]) => ({ label, bytes }));
}
