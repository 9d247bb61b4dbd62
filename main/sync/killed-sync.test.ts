import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB, makeArticle, sourceBytesFor } from '../store/test-support/fixtures';
import { runGit } from './git-runner';
import { syncStatePath } from './sync-repository';
import { createBareRepository, startGitHttpServer, type GitHttpServer } from './test-support/git-http-server';
import { layerIds, sync, tag, taggedAnnotation, withStore } from './test-support/sync-fixtures';
import { bundleWorker } from '../test-support/worker-bundle';

const ARTICLES = 6;

let root: string;
let server: GitHttpServer;
let worker: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-sync-kill-'));
  server = await startGitHttpServer(join(root, 'server'));
  worker = await bundleWorker(join(import.meta.dirname, 'test-support', 'sync-process.ts'), root);
});
afterAll(async () => {
  server.onRequest(undefined);
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

const credentials = () => ({ user: server.user, password: server.password });

/** Starts a sync in its own process; `kill` sends it SIGKILL; `done` resolves when it has exited, however. */
function syncProcess(store: string, analyst: string, remote: string): { child: ChildProcess; done: Promise<void>; kill: () => void } {
  const child = spawn(process.execPath, [worker, store, analyst, remote], {
    env: { ...process.env, FACTMARK_SYNC_USER: server.user, FACTMARK_SYNC_TOKEN: server.password },
    stdio: 'ignore',
  });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, done, kill: () => child.kill('SIGKILL') };
}

/** Kills the sync process the moment the server sees a request whose path contains `service`; resolves with whether it came to that. */
async function killOn(service: string, store: string, analyst: string, remote: string): Promise<boolean> {
  const run = syncProcess(store, analyst, remote);
  let killed = false;
  server.onRequest((path) => {
    if (!path.includes(service)) return;
    killed = true;
    run.kill();
  });
  await run.done;
  server.onRequest(undefined);
  return killed;
}

describe('a sync killed with SIGKILL', () => {
  it('loses nothing when killed during pull, during push, and while writing pulled files', async () => {
    createBareRepository(join(root, 'server'), 'desk.git');
    const remote = server.url('desk.git');
    const alice = join(root, 'alice');
    const bob = join(root, 'bob');
    await withStore(alice, ALICE, async (store) => {
      for (let i = 0; i < ARTICLES; i++) {
        await store.addArticle(makeArticle(`a${i}`), sourceBytesFor(`a${i}`));
        await store.applyToLayer(`a${i}`, ALICE, { upsert: [taggedAnnotation(`a${i}`, ALICE, 1, 'claim')], remove: [] });
      }
    });
    expect((await sync(alice, ALICE, { remote, credentials: credentials() })).status).toBe('synced');

    expect(await killOn('git-upload-pack', bob, BOB.id, remote)).toBe(true);
    expect((await sync(bob, BOB, { remote, credentials: credentials() })).status).toBe('synced');
    for (let i = 0; i < ARTICLES; i++) expect(await layerIds(bob, `a${i}`, ALICE)).toEqual(['alice-1']);

    await tag(bob, BOB, 'a0', [taggedAnnotation('a0', BOB, 1, 'evidence')]);
    expect(await killOn('git-receive-pack', bob, BOB.id, remote)).toBe(true);
    expect((await sync(bob, BOB, { credentials: credentials() })).status).toBe('synced');
    expect((await sync(alice, ALICE, { credentials: credentials() })).status).toBe('synced');
    expect(await layerIds(alice, 'a0', BOB)).toEqual(['bob-1']);

    // Killed once the merge is being written into the store: the next sync finishes it, and never commits Alice's files as Bob's.
    await withStore(alice, ALICE, async (store) => {
      for (let i = 0; i < ARTICLES; i++)
        await store.applyToLayer(`a${i}`, ALICE, { upsert: [taggedAnnotation(`a${i}`, ALICE, 2, 'denial')], remove: [] });
    });
    expect((await sync(alice, ALICE, { credentials: credentials() })).status).toBe('synced');
    const run = syncProcess(bob, BOB.id, remote);
    const journal = syncStatePath(bob, 'merge.json');
    let writing = false;
    while (!writing && run.child.exitCode === null) {
      writing = (await stat(journal).catch(() => undefined)) !== undefined;
      if (!writing) await new Promise((resolve) => setImmediate(resolve));
    }
    run.kill();
    expect(writing).toBe(true);
    await run.done;
    expect((await sync(bob, BOB, { credentials: credentials() })).status).toBe('synced');
    for (let i = 0; i < ARTICLES; i++) expect(await layerIds(bob, `a${i}`, ALICE)).toEqual(['alice-1', 'alice-2']);
    const bobsCommits = (await runGit(['log', '--author=Bob', '--name-only', '--format=', 'main'], { cwd: bob })).toString();
    expect(bobsCommits).not.toContain('alice.json');
    expect(await layerIds(bob, 'a0', BOB)).toEqual(['bob-1']);
  }, 60_000);
});
