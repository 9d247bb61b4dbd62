import { execFile, execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { hasSystemGit, openGitClient } from './open-git-client';
import { readHistory } from './read-history';
import { createBareRepository, startGitHttpServer, type GitHttpServer } from './test-support/git-http-server';
import { pushHostileCommit } from './test-support/hostile-remote';
import { importArticle, layerIds, sync, tag, taggedAnnotation } from './test-support/sync-fixtures';

let root: string;
let server: GitHttpServer;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-iso-git-'));
  server = await startGitHttpServer(join(root, 'server'));
});
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

const credentials = () => ({ user: server.user, password: server.password });
const iso = { gitClient: 'isomorphic-git' as const, credentialSettings: [] };

// Each test runs several whole syncs, dozens of git processes each: more than the default 20 s on a loaded 2-core machine.
describe('sync without a system git', { timeout: 60_000 }, () => {
  it('finds no git on a PATH without one, and then takes isomorphic-git for https and refuses a folder, saying to install git', async () => {
    const empty = join(root, 'no-git-here');
    await mkdir(empty, { recursive: true });
    expect(await hasSystemGit(empty)).toBe(false);
    const findGit = () => hasSystemGit(empty);
    expect((await openGitClient({ storeDir: join(root, 'x'), remote: server.url('x.git'), findGit })).name).toBe('isomorphic-git');
    await expect(openGitClient({ storeDir: join(root, 'y'), remote: join(root, 'desk.git'), findGit })).rejects.toThrow(/install git/);
  });

  it('exchanges articles and layers with a system-git colleague over https, history included', async () => {
    createBareRepository(join(root, 'server'), 'mixed.git');
    const remote = server.url('mixed.git');
    const alice = join(root, 'alice');
    const bob = join(root, 'bob');
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim', { modified: '2026-01-01T10:00:00.000Z' })]);
    const first = await sync(alice, ALICE, { remote, credentials: credentials(), ...iso });
    expect(first).toMatchObject({ status: 'synced', toSend: 0 });
    expect(first.pushed).toBeGreaterThan(0);

    expect((await sync(bob, BOB, { remote, credentials: credentials(), gitClient: 'system' })).status).toBe('synced');
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1']);
    await tag(bob, BOB, 'port', [taggedAnnotation('port', BOB, 1, 'evidence')]);
    await tag(alice, ALICE, 'port', [
      taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'False', modified: '2026-01-02T10:00:00.000Z' }),
    ]);
    expect((await sync(bob, BOB, { credentials: credentials(), gitClient: 'system' })).status).toBe('synced');

    const back = await sync(alice, ALICE, { credentials: credentials(), ...iso });
    expect(back).toMatchObject({ status: 'synced', pulled: 1, toSend: 0 });
    expect(await layerIds(alice, 'port', BOB)).toEqual(['bob-1']);
    expect((await sync(bob, BOB, { credentials: credentials(), gitClient: 'system' })).pulled).toBeGreaterThan(0);
    const verdicts = (await readHistory(bob, 'port', 'alice-1')).filter((c) => c.field === 'verdict');
    expect(verdicts).toEqual([
      { at: '2026-01-02T10:00:00.000Z', analyst: 'alice', annotation_id: 'alice-1', field: 'verdict', from: null, to: 'False' },
    ]);
  });

  it('says "auth" for a wrong token and "offline" while the server is down, keeping the changes to send', async () => {
    createBareRepository(join(root, 'server'), 'down.git');
    const alice = join(root, 'alice-down');
    await importArticle(alice, ALICE, 'port');
    const wrong = await sync(alice, ALICE, { remote: server.url('down.git'), credentials: { user: 'analyst', password: 'nope' }, ...iso });
    expect(wrong.status).toBe('auth');
    expect(wrong.toSend).toBeGreaterThan(0);
    await server.stop();
    try {
      expect((await sync(alice, ALICE, { credentials: credentials(), ...iso })).status).toBe('offline');
    } finally {
      await server.start();
    }
    expect(await sync(alice, ALICE, { credentials: credentials(), ...iso })).toMatchObject({ status: 'synced', toSend: 0 });
  });

  it('syncs over https from a process whose PATH holds no git, and says to install git for a folder remote', async () => {
    createBareRepository(join(root, 'server'), 'hidden.git');
    const alice = join(root, 'alice-hidden');
    await importArticle(alice, ALICE, 'port');
    const noGit = join(root, 'path-without-git');
    await mkdir(noGit, { recursive: true });
    const syncInProcess = (remote: string) =>
      new Promise<{ code: number; out: string; err: string }>((resolve) => {
        const script = fileURLToPath(new URL('./test-support/sync-process.ts', import.meta.url));
        execFile(
          process.execPath,
          ['--import', 'tsx', script, alice, 'alice', remote],
          { env: { PATH: noGit, HOME: root, FACTMARK_SYNC_USER: server.user, FACTMARK_SYNC_TOKEN: server.password } },
          (error, out, err) => resolve({ code: error ? 1 : 0, out, err }),
        );
      });
    const run = await syncInProcess(server.url('hidden.git'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ status: 'synced', toSend: 0 });
    const log = execFileSync('git', ['--git-dir', join(root, 'server', 'hidden.git'), 'log', '--format=%an|%s', 'main']).toString();
    expect(log).toContain("alice|Imported 'Headline of port'");

    const folder = await syncInProcess(createBareRepository(root, 'folder.git'));
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/This machine has no git.*install git/);
  });

  it('screens a hostile push as the system git does: the good layer in, the rest refused by path and never written', async () => {
    const bare = createBareRepository(join(root, 'server'), 'hostile.git');
    const alice = join(root, 'alice-hostile');
    await importArticle(alice, ALICE, 'port');
    expect((await sync(alice, ALICE, { remote: server.url('hostile.git'), credentials: credentials(), ...iso })).status).toBe('synced');
    const hostile = pushHostileCommit(
      bare,
      join(root, 'mallory'),
      'port',
      (id) => ({
        schemaVersion: 1,
        documentId: 'port',
        analyst: { id, name: id },
        annotations: [taggedAnnotation('port', { id, name: id }, 1, 'evidence')],
      }),
      64 * 1024,
      join(root, 'ran'),
    );
    const result = await sync(alice, ALICE, { credentials: credentials(), maxFileBytes: 32 * 1024, ...iso });
    expect(result.status).toBe('synced');
    const refused = Object.fromEntries(result.refused.map((r) => [r.file, r.reason]));
    expect(refused[hostile.malformed]).toMatch(/ends early|not valid JSON/);
    expect(refused[hostile.misplaced]).toMatch(/whose file has another name/);
    expect(refused[hostile.symlink]).toMatch(/symbolic link/);
    expect(refused[hostile.submodule]).toMatch(/submodule/);
    expect(refused[hostile.large]).toMatch(/over the 32 KB limit/);
    for (const path of [hostile.outside, hostile.attributes, hostile.hooks]) expect(refused[path]).toMatch(/outside the casebook layout/);
    expect(await layerIds(alice, 'port', { id: 'grace', name: 'grace' })).toEqual(['grace-1']);
    const written = (path: string) =>
      lstat(join(alice, path)).then(
        () => true,
        () => false,
      );
    for (const path of [
      hostile.malformed,
      hostile.misplaced,
      hostile.outside,
      hostile.symlink,
      hostile.large,
      hostile.attributes,
      hostile.hooks,
    ]) {
      expect(await written(path), path).toBe(false);
    }
    expect(await lstat(join(root, 'ran')).catch(() => undefined)).toBeUndefined();
  });
});
