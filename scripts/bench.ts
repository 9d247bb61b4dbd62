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
import { benchInterface } from './bench/bench-interface';
import { benchStartup, type StartupFigures } from './bench/bench-startup';
import { articleSizes, BENCH_CASES } from './bench/bench-sizes';
import { generateAnnotations } from './bench/generate-annotations';
import { generateArticle } from './bench/generate-article';
import { roundMs, timeMedian } from './bench/median';

// `npm run bench [-- --kills N] [--no-ui] [--only '1 MB / 10,000'] [--section reader,anchoring,store,import,export,agreement,diff,startup,faults]`:
// every figure the issues ask for, as medians in ms, printed as tables and written to bench/results/latest.json.
const { kills, withInterface, only, sections } = readBenchFlags(process.argv.slice(2));
const cases = BENCH_CASES.filter((c) => only === undefined || c.label === only);
const articleOf = (bytes: number) => importPlainText({ fileName: 'bench.txt', bytes: Buffer.from(generateArticle(bytes)) }, 'bench-doc', new Date());
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
} = { at: new Date().toISOString() };

if (sections.has('reader')) {
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
      're-anchor all after an edit': timeMedian(() => anchorAll(edited, selectors), 3),
    };
    if (withInterface) {
      const ui = await benchInterface(benchCase);
      row['open, all highlights painted'] = ui.open;
      row['tag: key to painted highlight'] = ui.tag;
      row['autosave round trip (bridge + durable write)'] = ui.saveRoundTrip;
    }
    rows[benchCase.label] = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, roundMs(v)]));
    console.log(benchCase.label, rows[benchCase.label]);
  }
  results.rows = rows;
}
if (sections.has('anchoring')) results.anchoring = await benchAnchoring();
if (sections.has('store')) results.store = await benchStore(kills);

if (sections.has('import')) results.import = await benchImport(articleSizes(cases), (line) => console.log(line));
if (sections.has('export')) {
  const exportCase = cases.find((c) => c.label === '1 MB / 10,000');
  if (exportCase) results.export = { [exportCase.label]: benchExport(articleOf(exportCase.bytes), exportCase.annotations) };
  else console.log(`export: skipped, it runs at 1 MB / 10,000 and --only asked for ${only}`);
}
if (sections.has('agreement')) {
  const agreement: Table = {};
  for (const c of cases.filter((c) => c.annotations === 10_000)) agreement[`${c.label} × 3`] = benchAgreement(articleOf(c.bytes), c.annotations);
  if (Object.keys(agreement).length > 0) results.agreement = agreement;
  else console.log(`agreement: skipped, it runs on the cases with 10,000 annotations and --only asked for ${only}`);
}
if (sections.has('diff')) {
  const diff: Table = {};
  for (const size of articleSizes(cases).filter((s) => s.bytes >= 1024 * 1024)) diff[size.label] = benchDiff(toPlainText(articleOf(size.bytes).blocks));
  if (Object.keys(diff).length > 0) results.diff = diff;
  else console.log(`diff: skipped, it runs on the 1 MB and 5 MB articles and --only asked for ${only}`);
}

if (sections.has('startup')) results.startup = await benchStartup(fileURLToPath(new URL('..', import.meta.url)), 5, (line) => console.log(line));
if (sections.has('faults')) results.faults = await benchFaults((line) => console.log(line));

printResults(results);
const out = join(fileURLToPath(new URL('..', import.meta.url)), 'bench', 'results');
await mkdir(out, { recursive: true });
await writeFile(join(out, 'latest.json'), JSON.stringify(results, null, 2));

function printResults({ rows, anchoring, store, import: imports, export: exports, agreement, diff, faults }: typeof results): void {
  if (rows) console.table(rows);
  if (anchoring) console.log('anchoring (1 MB, 10k):', anchoring);
  if (store) console.log(`store (${kills} SIGKILLs):`, store);
  if (imports) {
    console.log('import through importFile (ms):');
    console.table(Object.fromEntries(Object.entries(imports.rows).map(([k, row]) => [k, Object.fromEntries(Object.entries(row).map(([size, ms]) => [size, Math.round(ms)]))])));
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
