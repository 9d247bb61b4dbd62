/** The parts of the benchmark, each runnable alone with `--section`. */
export const BENCH_SECTIONS = [
  'reader',
  'anchoring',
  'store',
  'import',
  'export',
  'agreement',
  'diff',
  'startup',
  'faults',
  'similar',
] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

/** What `npm run bench -- …` was asked for. */
export interface BenchFlags {
  /** SIGKILLs in the store's crash run. */
  kills: number;
  /** Whether the reader section drives the interface in Chromium. */
  withInterface: boolean;
  /** A case label ('1 MB / 10,000'): only that case, and only its article size where a section goes by size. */
  only?: string;
  sections: ReadonlySet<BenchSection>;
  /** Where to write the figures as JSON (see `figures.ts`), when asked. */
  json?: string;
}

/**
 * Reads `[--kills N] [--no-ui] [--only '1 MB / 10,000'] [--section import,diff …] [--json FILE]`. `--section`
 * takes names separated by commas and may be repeated; without it every section runs. Throws,
 * naming the known sections, on one it does not know.
 */
export function readBenchFlags(args: readonly string[]): BenchFlags {
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const asked = args.flatMap((arg, i) => (arg === '--section' ? (args[i + 1] ?? '').split(',') : [])).map((s) => s.trim());
  const unknown = asked.filter((name) => !(BENCH_SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown --section ${unknown.map((s) => `"${s}"`).join(', ')}; the sections are ${BENCH_SECTIONS.join(', ')}`);
  return {
    kills: Number(valueOf('--kills')) || 100,
    withInterface: !args.includes('--no-ui'),
    only: valueOf('--only'),
    sections: new Set(asked.length > 0 ? (asked as BenchSection[]) : BENCH_SECTIONS),
    json: valueOf('--json'),
  };
}
