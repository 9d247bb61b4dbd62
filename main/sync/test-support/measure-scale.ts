// Measures sync at scale, by hand: npx tsx main/sync/test-support/measure-scale.ts [ANALYSTS] [ARTICLES] [system|isomorphic-git] [path|http]
// Generates a casebook of ANALYSTS × ARTICLES layers (two annotations each) with the articles,
// their sources and the library in a bare repository (git fast-import, the fast way in), then
// times: connecting an empty store (the clone), a one-change sync, and a sync that pulls a
// colleague's 500-change day (500 commits), through the client named (the system git by default), with
// the remote as a folder or (`http`, always for isomorphic-git) behind `git http-backend` on 127.0.0.1. Prints one JSON line.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeArticle } from '../../../shared/model/summarize-article';
import { openStore } from '../../store';
import { documentPath, layerPath, LIBRARY_PATH, sourcePath } from '../../store/store-paths';
import { makeArticle, sourceBytesFor } from '../../store/test-support/fixtures';
import { syncCasebook, type SyncOptions } from '../sync-casebook';
import type { GitClientChoice } from '../open-git-client';
import { startGitHttpServer } from './git-http-server';
import { taggedAnnotation } from './sync-fixtures';

const analysts = Number(process.argv[2] ?? 50);
const articles = Number(process.argv[3] ?? 2000);
const client = (process.argv[4] ?? 'system') as GitClientChoice;
const overHttp = client === 'isomorphic-git' || process.argv[5] === 'http';
const root = mkdtempSync(join(tmpdir(), 'factmark-scale-'));
const bare = join(root, 'desk.git');
execFileSync('git', ['init', '--quiet', '--bare', '-b', 'main', bare]);
const server = overHttp ? await startGitHttpServer(root) : undefined;
const through: Partial<SyncOptions> = {
  gitClient: client,
  credentialSettings: [],
  ...(server ? { credentials: { user: server.user, password: server.password } } : {}),
};
const remote = server ? server.url('desk.git') : bare;

/** A git fast-import stream into the bare repository, with helpers for one file and one commit. */
function fastImport() {
  const importer = spawn('git', ['fast-import', '--quiet'], { cwd: bare, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (text: string | Buffer) =>
    new Promise<void>((resolve) => (importer.stdin.write(text) ? resolve() : importer.stdin.once('drain', () => resolve())));
  return {
    async file(path: string, data: string | Uint8Array) {
      const bytes = Buffer.from(data);
      await write(`M 100644 inline ${path}\ndata ${bytes.byteLength}\n`);
      await write(bytes);
      await write('\n');
    },
    async commit(who: string, message: string, n: number, from?: string) {
      const when = 1_767_261_600 + n;
      const person = `${who} <${who}@analysts.factmark.invalid> ${when} +0000`;
      await write(
        `commit refs/heads/main\nauthor ${person}\ncommitter ${person}\ndata ${message.length}\n${message}\n${from ? `from ${from}\n` : ''}`,
      );
    },
    async end() {
      importer.stdin.end();
      await new Promise((resolve) => importer.on('close', resolve));
    },
  };
}

const layerOf = (id: string, analyst: { id: string; name: string }, count: number) =>
  JSON.stringify({
    schemaVersion: 1,
    documentId: id,
    analyst,
    annotations: Array.from({ length: count }, (_, n) => taggedAnnotation(id, analyst, n + 1, 'claim')),
  });

/** The casebook: one commit of articles, sources and library, then one commit per analyst with a two-annotation layer on every article. */
async function generate(): Promise<void> {
  const stream = fastImport();
  const ids = Array.from({ length: articles }, (_, i) => `a${i}`);
  await stream.commit('seed', 'Imported the articles', 0);
  for (const id of ids) {
    const article = makeArticle(id);
    await stream.file(documentPath(id), JSON.stringify(article));
    await stream.file(sourcePath(article.source.sha256), sourceBytesFor(id));
  }
  await stream.file(
    LIBRARY_PATH,
    JSON.stringify({ schemaVersion: 1, documents: ids.map((id) => summarizeArticle(makeArticle(id))) }, null, 2),
  );
  for (let a = 0; a < analysts; a++) {
    const analyst = { id: `analyst${a}`, name: `Analyst ${a}` };
    await stream.commit(analyst.id, `Tagged ${articles * 2} claims`, a + 1);
    for (const id of ids) await stream.file(layerPath(id, analyst.id), layerOf(id, analyst, 2));
  }
  await stream.end();
}

/** A colleague's day pushed to the remote: `changes` commits, each adding a tag to one more article's layer. */
async function colleagueDay(changes: number): Promise<void> {
  const stream = fastImport();
  const colleague = { id: 'analyst1', name: 'Analyst 1' };
  for (let i = 0; i < changes; i++) {
    await stream.commit(colleague.id, `Tagged 1 claim in 'Headline of a${i}'`, 10_000 + i, i === 0 ? 'refs/heads/main^0' : undefined);
    await stream.file(layerPath(`a${i % articles}`, colleague.id), layerOf(`a${i % articles}`, colleague, 3));
  }
  await stream.end();
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [Math.round(performance.now() - start), value];
}

const [generateMs] = await timed(generate);
const me = { id: 'analyst0', name: 'Analyst 0' };
const mine = join(root, 'mine');
const [cloneMs, cloned] = await timed(() => syncCasebook({ storeDir: mine, me, remote, ...through }));

const store = await openStore({ dir: mine, defaultAnalyst: me });
await store.applyToLayer('a0', me, { upsert: [taggedAnnotation('a0', me, 3, 'evidence')], remove: [] });
await store.close();
const [oneChangeMs, oneChange] = await timed(() => syncCasebook({ storeDir: mine, me, ...through }));

const day = 500;
await colleagueDay(day);
const [dayPullMs, dayPull] = await timed(() => syncCasebook({ storeDir: mine, me, ...through }));

const size = (dir: string) => execFileSync('du', ['-sm', dir]).toString().split('\t')[0];
console.log(
  JSON.stringify({
    client,
    remote: overHttp ? 'http' : 'path',
    analysts,
    articles,
    files: cloned.pulled,
    generateMs,
    cloneMs,
    oneChangeMs,
    oneChangePushed: oneChange.pushed,
    dayPullMs,
    dayPulled: dayPull.pulled,
    remoteMB: size(bare),
    storeMB: size(mine),
    gitDirMB: size(join(mine, '.git')),
  }),
);
await server?.stop();
rmSync(root, { recursive: true, force: true });
