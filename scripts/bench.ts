import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorAll } from '../shared/anchoring';
import { segmentText } from '../shared/segment';
import { toPlainText } from '../shared/text/plain-text';
import { importPlainText } from '../main/import/import-article';
import { benchAnchoring } from './bench-anchoring';
import { benchStore } from './bench-store';
import { benchInterface } from './bench/bench-interface';
import { BENCH_CASES } from './bench/bench-sizes';
import { generateAnnotations } from './bench/generate-annotations';
import { generateArticle } from './bench/generate-article';
import { timeMedian } from './bench/median';

// `npm run bench [-- --kills N] [--no-ui] [--only '1 MB / 10,000']`: every figure the issue asks for, as medians in ms,
// printed as a table and written to bench/results/latest.json.
const args = process.argv.slice(2);
const kills = Number(args[args.indexOf('--kills') + 1]) || 100;
const withInterface = !args.includes('--no-ui');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const round = (ms: number) => Math.round(ms * 100) / 100;

const rows: Record<string, Record<string, number>> = {};
for (const benchCase of BENCH_CASES.filter((c) => only === undefined || c.label === only)) {
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
  rows[benchCase.label] = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, round(v)]));
  console.log(benchCase.label, rows[benchCase.label]);
}

const anchoring = await benchAnchoring();
const store = await benchStore(kills);
console.table(rows);
console.log('anchoring (1 MB, 10k):', anchoring);
console.log(`store (${kills} SIGKILLs):`, store);

const out = join(fileURLToPath(new URL('..', import.meta.url)), 'bench', 'results');
await mkdir(out, { recursive: true });
await writeFile(join(out, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), rows, anchoring, store }, null, 2));
