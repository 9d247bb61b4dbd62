import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE } from '../store/test-support/fixtures';
import { readHistory } from './read-history';
import { createBareRepository, startGitHttpServer, type GitHttpServer } from './test-support/git-http-server';
import { importArticle, layerIds, sync } from './test-support/sync-fixtures';
import { bundledScript } from '../test-support/worker-bundle';

/** Changes each analyst makes, and how many between syncs; FACTMARK_SYNC_STRESS_CHANGES=200 FACTMARK_SYNC_STRESS_EVERY=10 runs the full figure by hand. */
const CHANGES = Number(process.env.FACTMARK_SYNC_STRESS_CHANGES) || 6;
const SYNC_EVERY = Number(process.env.FACTMARK_SYNC_STRESS_EVERY) || 3;
const WORKER = join(import.meta.dirname, 'test-support', 'analyst-process.ts');

let root: string;
let server: GitHttpServer;
/** The analyst's process bundled once, so the three start without compiling the sources three times. */
let worker: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-sync-three-'));
  server = await startGitHttpServer(join(root, 'server'));
  worker = await bundledScript(WORKER);
});
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

/** Runs one analyst's process to the end; resolves with the changes it acknowledged. */
function runAnalyst(store: string, id: string, remote: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, store, id, remote, String(CHANGES), String(SYNC_EVERY)], {
      env: { ...process.env, FACTMARK_SYNC_USER: server.user, FACTMARK_SYNC_TOKEN: server.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acked = 0;
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/ack (\d+)/g)) acked = Number(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(acked) : reject(new Error(`analyst ${id} exited ${code}: ${errors}`))));
  });
}

/** Retags history can see: change n (every third from the sixth) retags claim n-5, visible when a sync fell between the two. */
function visibleRetags(): number {
  const window = (n: number) => Math.floor((n - 1) / SYNC_EVERY);
  let count = 0;
  for (let n = 6; n <= CHANGES; n += 3) if (window(n - 5) < window(n)) count++;
  return count;
}

describe('three analysts syncing through one server', () => {
  it(
    'ends with every acknowledged change in every clone and on the server, every file parsing, the history right',
    async () => {
      createBareRepository(join(root, 'server'), 'desk.git');
      const remote = server.url('desk.git');
      const seed = join(root, 'seed');
      await importArticle(seed, ALICE, 'port');
      expect((await sync(seed, ALICE, { remote, credentials: { user: server.user, password: server.password } })).status).toBe('synced');

      const ids = ['ana', 'ben', 'cleo'];
      const acked = await Promise.all(ids.map((id) => runAnalyst(join(root, id), id, remote)));
      expect(acked).toEqual(ids.map(() => CHANGES));
      // One more round, so each clone holds what the others pushed last.
      for (const id of ids) await sync(join(root, id), { id, name: id }, { credentials: { user: server.user, password: server.password } });

      const check = join(root, 'check');
      await sync(check, ALICE, { remote, credentials: { user: server.user, password: server.password } });
      const expectedIds = (id: string) =>
        Array.from({ length: CHANGES }, (_, i) => i + 1)
          .filter((n) => n % 3 !== 0 || n < 6)
          .map((n) => `${id}-${n}`);
      for (const dir of [...ids.map((id) => join(root, id)), check]) {
        for (const id of ids) expect((await layerIds(dir, 'port', { id, name: id })).sort()).toEqual(expectedIds(id).sort());
        for (const name of await readdir(join(dir, 'annotations', 'port'))) {
          if (name.endsWith('.json')) JSON.parse(await readFile(join(dir, 'annotations', 'port', name), 'utf8'));
        }
      }
      const history = await readHistory(check, 'port');
      for (const id of ids) {
        const mine = history.filter((c) => c.analyst === id && c.field === 'tag');
        expect(mine.filter((c) => c.from === null)).toHaveLength(expectedIds(id).length);
        expect(mine.filter((c) => c.from === 'claim' && c.to === 'evidence')).toHaveLength(visibleRetags());
      }
    },
    120_000 + CHANGES * 5_000,
  );
});
