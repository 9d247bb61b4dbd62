// Measures sync at scale, by hand: npx tsx main/sync/test-support/measure-scale.ts [ANALYSTS] [ARTICLES]
// Generates a casebook of ANALYSTS × ARTICLES layers (two annotations each) with the articles,
// their sources and the library in a bare repository (git fast-import, the fast way in), then
// times: connecting an empty store (the clone), a one-change sync, and a sync that pulls a
// colleague's 500-change day. Prints one JSON line.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeArticle } from '../../../shared/model/summarize-article';
import { openStore } from '../../store';
import { documentPath, layerPath, LIBRARY_PATH, sourcePath } from '../../store/store-paths';
import { makeArticle, sourceBytesFor } from '../../store/test-support/fixtures';
import { syncCasebook } from '../sync-casebook';
import { taggedAnnotation } from './sync-fixtures';

const analysts = Number(process.argv[2] ?? 50);
const articles = Number(process.argv[3] ?? 2000);
const root = mkdtempSync(join(tmpdir(), 'factmark-scale-'));
const bare = join(root, 'desk.git');
execFileSync('git', ['init', '--quiet', '--bare', '-b', 'main', bare]);

/** Streams the casebook into the bare repository through git fast-import: one commit of articles, then one per analyst. */
async function generate(): Promise<void> {
  const importer = spawn('git', ['fast-import', '--quiet'], { cwd: bare, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (text: string | Buffer) =>
    new Promise<void>((resolve) => (importer.stdin.write(text) ? resolve() : importer.stdin.once('drain', () => resolve())));
  const file = async (path: string, data: string | Uint8Array) => {
    const bytes = Buffer.from(data);
    await write(`M 100644 inline ${path}\ndata ${bytes.byteLength}\n`);
    await write(bytes);
    await write('\n');
  };
  const commit = async (who: string, message: string, n: number) => {
    const when = 1_767_261_600 + n;
    await write(
      `commit refs/heads/main\nauthor ${who} <${who}@analysts.factmark.invalid> ${when} +0000\ncommitter ${who} <${who}@analysts.factmark.invalid> ${when} +0000\ndata ${message.length}\n${message}\n`,
    );
  };
  const ids = Array.from({ length: articles }, (_, i) => `a${i}`);
  await commit('seed', 'Imported the articles', 0);
  for (const id of ids) {
    await file(documentPath(id), JSON.stringify(makeArticle(id)));
    const article = makeArticle(id);
    await file(sourcePath(article.source.sha256), sourceBytesFor(id));
  }
  await file(LIBRARY_PATH, JSON.stringify({ schemaVersion: 1, documents: ids.map((id) => summarizeArticle(makeArticle(id))) }, null, 2));
  for (let a = 0; a < analysts; a++) {
    const analyst = { id: `analyst${a}`, name: `Analyst ${a}` };
    await commit(analyst.id, `Tagged ${articles * 2} claims`, a + 1);
    await write(a === 0 ? '' : '');
    for (const id of ids) {
      await file(
        layerPath(id, analyst.id),
        JSON.stringify({
          schemaVersion: 1,
          documentId: id,
          analyst,
          annotations: [1, 2].map((n) => taggedAnnotation(id, analyst, n, 'claim')),
        }),
      );
    }
  }
  importer.stdin.end();
  await new Promise((resolve) => importer.on('close', resolve));
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [Math.round(performance.now() - start), value];
}

const [generateMs] = await timed(generate);
const me = { id: 'analyst0', name: 'Analyst 0' };
const colleague = { id: 'analyst1', name: 'Analyst 1' };
const mine = join(root, 'mine');
const theirs = join(root, 'theirs');
const [cloneMs, cloned] = await timed(() => syncCasebook({ storeDir: mine, me, remote: bare }));
await syncCasebook({ storeDir: theirs, me: colleague, remote: bare });

const store = await openStore({ dir: mine, defaultAnalyst: me });
await store.applyToLayer('a0', me, { upsert: [taggedAnnotation('a0', me, 3, 'evidence')], remove: [] });
await store.close();
const [oneChangeMs, oneChange] = await timed(() => syncCasebook({ storeDir: mine, me }));

const day = Math.min(500, articles);
const theirStore = await openStore({ dir: theirs, defaultAnalyst: colleague });
for (let i = 0; i < day; i++)
  await theirStore.applyToLayer(`a${i}`, colleague, { upsert: [taggedAnnotation(`a${i}`, colleague, 3, 'denial')], remove: [] });
await theirStore.close();
const [theirPushMs] = await timed(() => syncCasebook({ storeDir: theirs, me: colleague }));
const [dayPullMs, dayPull] = await timed(() => syncCasebook({ storeDir: mine, me }));

const size = (dir: string) => execFileSync('du', ['-sm', dir]).toString().split('\t')[0];
console.log(
  JSON.stringify({
    analysts,
    articles,
    files: cloned.pulled,
    generateMs,
    cloneMs,
    oneChangeMs,
    oneChangePushed: oneChange.pushed,
    colleagueDayPushMs: theirPushMs,
    dayPullMs,
    dayPulled: dayPull.pulled,
    remoteMB: size(bare),
    storeMB: size(mine),
    gitDirMB: size(join(mine, '.git')),
  }),
);
rmSync(root, { recursive: true, force: true });
