import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { layerPath } from '../store/store-paths';
import { createBareRepository } from './test-support/git-http-server';
import { pushHostileCommit } from './test-support/hostile-remote';
import { importArticle, layerIds, sync, tag, taggedAnnotation } from './test-support/sync-fixtures';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-sync-hostile-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

describe('a remote carrying hostile files', () => {
  it('takes the good layer, ignores or refuses the rest by path, runs nothing and loses nothing', async () => {
    const bare = createBareRepository(root, 'desk.git');
    const alice = join(root, 'alice');
    const marker = join(root, 'ran');
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    expect((await sync(alice, ALICE, { remote: bare })).status).toBe('synced');

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
      marker,
    );
    // A filter and hooks the machine's own git would run: sync reads no global config and runs no hook.
    const home = join(root, 'home');
    await mkdir(home, { recursive: true });
    await writeFile(
      join(home, '.gitconfig'),
      `[filter "evil"]\n\tclean = touch ${marker}\n\tsmudge = touch ${marker}\n\trequired = true\n`,
    );
    await mkdir(join(alice, '.git', 'hooks'), { recursive: true });
    for (const hook of ['post-merge', 'pre-commit', 'post-commit', 'reference-transaction', 'pre-push', 'post-checkout']) {
      await writeFile(join(alice, '.git', 'hooks', hook), `#!/bin/sh\ntouch ${marker}\n`);
      await chmod(join(alice, '.git', 'hooks', hook), 0o755);
    }
    const realHome = process.env.HOME;
    process.env.HOME = home;
    try {
      await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 2, 'claim')]);
      const result = await sync(alice, ALICE, { maxFileBytes: 32 * 1024 });
      expect(result.status).toBe('synced');
      const refused = Object.fromEntries(result.refused.map((r) => [r.file, r.reason]));
      expect(refused[hostile.malformed]).toMatch(/ends early|not valid JSON/);
      expect(refused[hostile.misplaced]).toMatch(/whose file has another name/);
      expect(refused[hostile.outside]).toMatch(/outside the casebook layout/);
      expect(refused[hostile.symlink]).toMatch(/symbolic link/);
      expect(refused[hostile.submodule]).toMatch(/submodule/);
      expect(refused[hostile.large]).toMatch(/is 64 KB, over the 32 KB limit/);
      expect(refused[hostile.attributes]).toMatch(/outside the casebook layout/);
      expect(refused[hostile.hooks]).toMatch(/outside the casebook layout/);
      expect(refused[hostile.good]).toBeUndefined();
    } finally {
      process.env.HOME = realHome;
    }

    expect(await layerIds(alice, 'port', { id: 'grace', name: 'grace' })).toEqual(['grace-1']);
    for (const path of [
      hostile.malformed,
      hostile.misplaced,
      hostile.outside,
      hostile.symlink,
      hostile.large,
      hostile.attributes,
      hostile.hooks,
      '.gitmodules',
    ]) {
      expect(await exists(join(alice, path)), path).toBe(false);
    }
    expect(await exists(marker)).toBe(false);

    // The store's own bytes reach the remote unconverted, and the remote keeps every file it had.
    const pushed = execFileSync('git', ['--git-dir', bare, 'show', `main:${layerPath('port', ALICE.id)}`]);
    expect(pushed.equals(await readFile(join(alice, layerPath('port', ALICE.id))))).toBe(true);
    const remoteFiles = execFileSync('git', ['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'main']).toString();
    for (const path of Object.values(hostile)) expect(remoteFiles).toContain(path);

    // A colleague cloning afterwards gets Alice's work and the good layer, and the same refusals.
    const bob = join(root, 'bob');
    const joined = await sync(bob, BOB, { remote: bare, maxFileBytes: 32 * 1024 });
    expect(joined.status).toBe('synced');
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1', 'alice-2']);
    expect(joined.refused.map((r) => r.file)).toContain(hostile.malformed);
  });
});
