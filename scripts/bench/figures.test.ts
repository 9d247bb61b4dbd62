import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchReport, CONTRACT_FIGURES, figureOf, missingContractFigures, writeBenchReport } from './figures';

// The names issue 12 promises to whoever reads `--json` files; renaming one breaks their scripts.
const ISSUE_NAMES = [
  'open 1 MB / 10,000',
  'open 5 MB / 10,000',
  'scroll 5 MB / 10,000 frame',
  'long tasks scrolling 5 MB / 10,000',
  'tag 1 MB / 10,000',
  'tag 5 MB / 10,000',
  'tag script+layout 5 MB / 10,000',
  'autosave disk 1 MB / 10,000',
  'autosave renderer 1 MB / 10,000',
  're-anchor edited 1 MB / 10,000',
  'import page 1 MB',
  'import markdown 1 MB',
  'import word 1 MB',
  'import pdf 280 pages',
];

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the bench JSON contract', () => {
  it('promises every figure name the issue lists', () => {
    expect(Object.values(CONTRACT_FIGURES).flat().sort()).toEqual([...ISSUE_NAMES].sort());
  });

  it('writes the load and each figure with its name, unit, count, percentiles and naive median (null without one)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-json-'));
    const file = join(dir, 'bench.json');
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    await writeBenchReport(
      file,
      benchReport(
        [0.5, 1.25, 2],
        [figureOf('tag 1 MB / 10,000', 'ms', samples, [40, 50, 60]), figureOf('long tasks scrolling 5 MB / 10,000', 'count', [3])],
      ),
    );
    const written = JSON.parse(await readFile(file, 'utf8')) as unknown;
    expect(written).toEqual({
      load: [0.5, 1.25, 2],
      figures: [
        { name: 'tag 1 MB / 10,000', unit: 'ms', n: 20, p50: 10, p95: 19, max: 20, naive_p50: 50 },
        { name: 'long tasks scrolling 5 MB / 10,000', unit: 'count', n: 1, p50: 3, p95: 3, max: 3, naive_p50: null },
      ],
    });
  });

  it('refuses a figure without measurements rather than reporting zero', () => {
    expect(() => figureOf('open 1 MB / 10,000', 'ms', [])).toThrow(/no samples/);
    expect(() => figureOf('open 1 MB / 10,000', 'ms', [Number.NaN])).toThrow(/no samples/);
  });

  it('names the contract figures a run of some sections left out', () => {
    const report = benchReport([1, 1, 1], [figureOf('re-anchor edited 1 MB / 10,000', 'ms', [200])]);
    expect(missingContractFigures(report, new Set(['anchoring']))).toEqual([]);
    expect(missingContractFigures(report, new Set(['anchoring', 'import']))).toEqual([
      'import page 1 MB',
      'import markdown 1 MB',
      'import word 1 MB',
      'import pdf 280 pages',
    ]);
  });
});
