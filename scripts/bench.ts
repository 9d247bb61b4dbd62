import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorAll } from '../shared/anchoring';
import { segmentText } from '../shared/segment';
import { toPlainText } from '../shared/text/plain-text';
import { importPlainText } from '../main/import/import-article';
import { benchAnchoring } from './bench-anchoring';
import { benchStore } from './bench-store';
import { benchAgreement } from './bench/bench-agreement';
import { benchDiff } from './bench/bench-diff';
import { benchExport } from './bench/bench-export';
import { benchFaults, type FaultFigures } from './bench/bench-faults';
import { readBenchFlags } from './bench/bench-flags';
import { benchImport, type ImportFigures } from './bench/bench-import';
import { benchReader } from './bench/bench-reader';
import { benchReanchor } from './bench/bench-reanchor';
import { benchStartup, type StartupFigures } from './bench/bench-startup';
import { articleSizes, BENCH_CASES } from './bench/bench-sizes';
import { generateAnnotations } from './bench/generate-annotations';
import { benchReport, currentLoad, formatFigure, missingContractFigures, writeBenchReport, type Figure } from './bench/figures';
import { generateArticle } from './bench/generate-article';
import { roundMs, timeMedian } from './bench/median';

// `npm run bench [-- --kills N] [--no-ui] [--only '1 MB / 10,000'] [--section reader,anchoring,store,import,export,agreement,diff,startup,faults,similar] [--json FILE]`:
// every figure the issues ask for, printed with the load average beside each section and written to
// bench/results/latest.json; `--json FILE` also writes the contract's figures (see bench/figures.ts).
const { kills, withInterface, only, sections, json } = readBenchFlags(process.argv.slice(2));
const startLoad = currentLoad();
const figures: Figure[] = [];
const loads: Record<string, [number, number, number]> = {};
const log = (line: string) => console.log(line);
// Prints the load average as a section starts, and records it beside the section's figures.
const startSection = (name: string) => {
  loads[name] = currentLoad();
  console.log(`\n== ${name} (load ${loads[name].join(' ')}) ==`);
};
const cases = BENCH_CASES.filter((c) => only === undefined || c.label === only);
const articleOf = (bytes: number) =>
  importPlainText({ fileName: 'bench.txt', bytes: Buffer.from(generateArticle(bytes)) }, 'bench-doc', new Date());
type Table = Record<string, Record<string, number>>;
const results: {
  at: string;
  rows?: Table;
  anchoring?: Record<string, number>;
  store?: Record<string, number>;
  import?: ImportFigures;
  export?: Table;
  agreement?: Table;
  diff?: Table;
  startup?: StartupFigures;
  faults?: FaultFigures;
  loads?: Record<string, [number, number, number]>;
  figures?: Figure[];
} = { at: new Date().toISOString() };

if (sections.has('reader')) {
  startSection('reader');
  const rows: Table = {};
  for (const benchCase of cases) {
    const source = generateArticle(benchCase.bytes);
    const article = importPlainText({ fileName: 'bench.txt', bytes: Buffer.from(source) }, 'bench-doc', new Date());
    const text = toPlainText(article.blocks);
    const annotations = generateAnnotations(text, article.id, { id: 'b', name: 'B' }, benchCase.annotations);
    const selectors = annotations.map((a) => a.target.selector);
    const edited = `Editor's note: this article was updated.\n\n${text}`;
    const row: Record<string, number> = {
      'import + clean': timeMedian(() => importPlainText({ fileName: 'bench.txt', bytes: Buffer.from(source) }, 'x', new Date()), 3),
      segment: timeMedian(() => segmentText(text)),
      'anchor all (positions verify)': timeMedian(() => anchorAll(text, selectors)),
      're-anchor all after an insertion at the top': timeMedian(() => anchorAll(edited, selectors), 3),
    };
    rows[benchCase.label] = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, roundMs(v)]));
    console.log(benchCase.label, rows[benchCase.label]);
  }
  results.rows = rows;
  const uiCases = cases.filter((c) => c.annotations === 10_000);
  if (withInterface && uiCases.length > 0) {
    const reader = await benchReader(uiCases, log);
    figures.push(...reader.figures);
    for (const note of reader.notes) console.log(`  ${note}`);
  }
}
if (sections.has('anchoring')) {
  startSection('anchoring');
  figures.push(...benchReanchor(log).figures);
  results.anchoring = await benchAnchoring();
}
if (sections.has('store')) {
  startSection('store');
  const store = await benchStore(kills);
  results.store = store.table;
  figures.push(...store.figures);
}

if (sections.has('import')) {
  startSection('import');
  results.import = await benchImport(articleSizes(cases), log);
  figures.push(...results.import.figures);
}
if (sections.has('export')) {
  startSection('export');
  const exportCase = cases.find((c) => c.label === '1 MB / 10,000');
  if (exportCase) results.export = { [exportCase.label]: benchExport(articleOf(exportCase.bytes), exportCase.annotations) };
  else console.log(`export: skipped, it runs at 1 MB / 10,000 and --only asked for ${only}`);
}
if (sections.has('agreement')) {
  startSection('agreement');
  const agreement: Table = {};
  for (const c of cases.filter((c) => c.annotations === 10_000))
    agreement[`${c.label} × 3`] = benchAgreement(articleOf(c.bytes), c.annotations);
  if (Object.keys(agreement).length > 0) results.agreement = agreement;
  else console.log(`agreement: skipped, it runs on the cases with 10,000 annotations and --only asked for ${only}`);
}
if (sections.has('diff')) {
  startSection('diff');
  const diff: Table = {};
  for (const size of articleSizes(cases).filter((s) => s.bytes >= 1024 * 1024))
    diff[size.label] = benchDiff(toPlainText(articleOf(size.bytes).blocks));
  if (Object.keys(diff).length > 0) results.diff = diff;
  else console.log(`diff: skipped, it runs on the 1 MB and 5 MB articles and --only asked for ${only}`);
}

if (sections.has('startup')) {
  startSection('startup');
  results.startup = await benchStartup(fileURLToPath(new URL('..', import.meta.url)), 5, log);
  for (const [name, f] of Object.entries(results.startup)) figures.push({ name: `startup ${name}`, unit: 'ms', ...f, naive_p50: null });
}
if (sections.has('faults')) {
  startSection('faults');
  results.faults = await benchFaults(log);
}
if (sections.has('similar')) figures.push(...(await import('./bench/bench-similar')).benchSimilar(startSection, log).figures);

if (sections.has('reader')) await (await import('./bench/bench-timing-guards')).benchTimingGuards(log);
printResults(results);
const report = benchReport(startLoad, figures);
console.log(
  `\nfigures (load at start ${startLoad.join(' ')}; per section ${Object.entries(loads)
    .map(([k, l]) => `${k} ${l[0]}`)
    .join(', ')}):`,
);
for (const figure of report.figures) console.log(`  ${formatFigure(figure)}`);
const missing = missingContractFigures(report, sections);
if (missing.length > 0) console.log(`  not measured in this run: ${missing.join('; ')}`);
const out = join(fileURLToPath(new URL('..', import.meta.url)), 'bench', 'results');
await mkdir(out, { recursive: true });
await writeFile(join(out, 'latest.json'), JSON.stringify({ ...results, loads, figures: report.figures }, null, 2));
if (json) await writeBenchReport(json, report);

function printResults({ rows, anchoring, store, import: imports, export: exports, agreement, diff, faults }: typeof results): void {
  if (rows) console.table(rows);
  if (anchoring) console.log('anchoring (1 MB, 10k):', anchoring);
  if (store) console.log(`store (${kills} SIGKILLs):`, store);
  if (imports) {
    console.log('import through importFile (ms):');
    console.table(
      Object.fromEntries(
        Object.entries(imports.rows).map(([k, row]) => [
          k,
          Object.fromEntries(Object.entries(row).map(([size, ms]) => [size, Math.round(ms)])),
        ]),
      ),
    );
    for (const note of imports.notes) console.log(`  ${note}`);
  }
  if (exports) console.log('export, 2 analysts with claim records and links:', exports);
  if (agreement) {
    console.log('agreement, 3 analysts:');
    console.table(agreement);
  }
  if (diff) {
    console.log('text diff between versions:');
    console.table(diff);
  }
  if (faults) console.log('store writes under injected faults (every step, every file kind) and power loss:', faults);
}
