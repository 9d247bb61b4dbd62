import { loadavg } from 'node:os';
import { writeFile } from 'node:fs/promises';

/** The figures the benchmark's JSON contract promises, by section (issue 12). */
export const CONTRACT_FIGURES = {
  reader: [
    'open 1 MB / 10,000',
    'open 5 MB / 10,000',
    'scroll 5 MB / 10,000 frame',
    'long tasks scrolling 5 MB / 10,000',
    'tag 1 MB / 10,000',
    'tag 5 MB / 10,000',
    'tag script+layout 5 MB / 10,000',
    'autosave disk 1 MB / 10,000',
    'autosave renderer 1 MB / 10,000',
  ],
  anchoring: ['re-anchor edited 1 MB / 10,000'],
  import: ['import page 1 MB', 'import markdown 1 MB', 'import word 1 MB', 'import pdf 280 pages'],
} as const;

/** What one figure is counted in. */
export type FigureUnit = 'ms' | 'count' | 'MB' | 'nodes' | 'ratio';

/**
 * One benchmark figure in the JSON contract: its distribution over `n` samples (p95 and max are
 * the p50 itself when there is one sample) and the median of the same work done the naive way in
 * the same run, or null when there is no naive counterpart.
 */
export interface Figure {
  name: string;
  unit: FigureUnit;
  n: number;
  p50: number;
  p95: number;
  max: number;
  naive_p50: number | null;
}

/** The file `npm run bench -- --json FILE` writes: the load average when it started, and the figures. */
export interface BenchReport {
  load: [number, number, number];
  figures: Figure[];
}

/** The value below which `q` (0..1) of `sorted` lies, by nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Summarises `samples` (at least one, all finite) as a `Figure`, with the median of `naive`
 * samples beside it when given. Throws on no samples or a non-finite one: a figure without
 * measurements must be left out, not reported as zero.
 */
export function figureOf(name: string, unit: FigureUnit, samples: readonly number[], naive?: readonly number[]): Figure {
  if (samples.length === 0 || samples.some((s) => !Number.isFinite(s))) throw new Error(`figure "${name}": no samples or a non-finite one`);
  if (naive !== undefined && (naive.length === 0 || naive.some((s) => !Number.isFinite(s))))
    throw new Error(`figure "${name}": naive side without finite samples`);
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    name,
    unit,
    n: samples.length,
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    max: round(sorted.at(-1)!),
    naive_p50:
      naive === undefined
        ? null
        : round(
            quantile(
              [...naive].sort((a, b) => a - b),
              0.5,
            ),
          ),
  };
}

/** The 1, 5 and 15 minute load averages, to two decimals. */
export function currentLoad(): [number, number, number] {
  const [l1, l5, l15] = loadavg().map((l) => Math.round(l * 100) / 100);
  return [l1!, l5!, l15!];
}

/** The report for `figures` (in order, each name once: a later figure of the same name replaces the earlier). */
export function benchReport(load: [number, number, number], figures: readonly Figure[]): BenchReport {
  const byName = new Map<string, Figure>();
  for (const figure of figures) byName.set(figure.name, figure);
  return { load, figures: [...byName.values()] };
}

/** The contract figures of `sections` missing from `report`, so a run can say what it could not measure. */
export function missingContractFigures(report: BenchReport, sections: ReadonlySet<string>): string[] {
  const present = new Set(report.figures.map((f) => f.name));
  return Object.entries(CONTRACT_FIGURES)
    .filter(([section]) => sections.has(section))
    .flatMap(([, names]) => names.filter((name) => !present.has(name)));
}

/** Writes `report` to `file` as JSON. */
export async function writeBenchReport(file: string, report: BenchReport): Promise<void> {
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** One line for the console: name, p50/p95/max with unit and n, and the naive median with the ratio. */
export function formatFigure(figure: Figure): string {
  const { name, unit, n, p50, p95, max, naive_p50: naive } = figure;
  const ratio = unit === 'ms' && naive !== null && p50 > 0 ? ` (${(naive / p50).toFixed(1)}× ours)` : '';
  const beside = naive === null ? '' : `  naive p50 ${naive} ${unit}${ratio}`;
  return `${name}: p50 ${p50} ${unit}, p95 ${p95}, max ${max} (n=${n})${beside}`;
}
