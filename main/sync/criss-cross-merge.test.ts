import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerPath } from '../store/store-paths';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { gitObjects } from './git-objects';
import { mergeRemote } from './merge-remote';
import { readHistory } from './read-history';
import { DEFAULT_MAX_FILE_BYTES } from './sync-casebook';
import { createBareRepository } from './test-support/git-http-server';
import { handCommit, handGit } from './test-support/hand-made-history';
import { importArticle, layerIds, sync, tag, taggedAnnotation } from './test-support/sync-fixtures';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-criss-cross-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const BRANCH = 'refs/heads/main';
const alicesTags = async (dir: string) =>
  (await readHistory(dir, 'port')).filter((c) => c.analyst === ALICE.id && c.field === 'tag').map((c) => [c.annotation_id, c.from, c.to]);

describe('a pull whose history crosses itself', () => {
  // Alice's second version and Bob's first were each merged into the other's branch, so the two
  // branches share two best ancestors. Git picks the newer as the merge base: Bob's commit, where
  // Alice's layer is still at her first version. From there both sides changed her layer: Bob's
  // by his earlier pull of her second version, the remote's by her third.
  it('takes a colleague’s newest layer, keeps the analyst’s own, and shows every tag added once', async () => {
    const remote = createBareRepository(root, 'desk.git');
    const alice = join(root, 'alice');
    const bob = join(root, 'bob');
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    expect((await sync(alice, ALICE, { remote })).status).toBe('synced');
    expect((await sync(bob, BOB, { remote })).status).toBe('synced');

    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 2, 'claim')]);
    const alicesSecond = handCommit(alice, [layerPath('port', ALICE.id)], { author: ALICE });
    await tag(bob, BOB, 'port', [taggedAnnotation('port', BOB, 1, 'evidence')]);
    const bobsFirst = handCommit(bob, [layerPath('port', BOB.id)], { author: BOB, date: new Date(Date.now() + 3_600_000).toISOString() });
    handGit(alice, ['fetch', '--quiet', bob, `main:refs/crossed/bob`]);
    handGit(bob, ['fetch', '--quiet', alice, `main:refs/crossed/alice`]);
    const options = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, branchRef: BRANCH };
    await mergeRemote(gitObjects(alice), alice, bobsFirst, { ...options, me: ALICE });
    await mergeRemote(gitObjects(bob), bob, alicesSecond, { ...options, me: BOB });
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1', 'alice-2']);

    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 3, 'claim')]);
    expect((await sync(alice, ALICE)).status).toBe('synced');
    await tag(bob, BOB, 'port', [taggedAnnotation('port', BOB, 2, 'evidence')]);
    handGit(bob, ['fetch', '--quiet', remote, 'main:refs/crossed/remote']);
    expect(handGit(bob, ['merge-base', '--all', 'main', 'refs/crossed/remote']).split('\n').sort()).toEqual(
      [alicesSecond, bobsFirst].sort(),
    );
    expect(handGit(bob, ['merge-base', 'main', 'refs/crossed/remote'])).toBe(bobsFirst);

    expect((await sync(bob, BOB)).status).toBe('synced');
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1', 'alice-2', 'alice-3']);
    expect(await layerIds(bob, 'port', BOB)).toEqual(['bob-1', 'bob-2']);
    expect((await sync(alice, ALICE)).status).toBe('synced');
    expect(await layerIds(alice, 'port', ALICE)).toEqual(['alice-1', 'alice-2', 'alice-3']);
    expect(await layerIds(alice, 'port', BOB)).toEqual(['bob-1', 'bob-2']);

    const added = [1, 2, 3].map((n) => [`alice-${n}`, null, 'claim']);
    expect(await alicesTags(bob)).toEqual(added);
    expect(await alicesTags(alice)).toEqual(added);
  }, 60_000);

  it('keeps this machine’s copy of the analyst’s own layer when the analyst changed it on another machine too', async () => {
    const remote = createBareRepository(root, 'two-machines.git');
    const desk = join(root, 'desk');
    const laptop = join(root, 'laptop');
    await importArticle(desk, ALICE, 'port');
    await tag(desk, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    expect((await sync(desk, ALICE, { remote })).status).toBe('synced');
    expect((await sync(laptop, ALICE, { remote })).status).toBe('synced');
    await tag(laptop, ALICE, 'port', [taggedAnnotation('port', ALICE, 2, 'claim')]);
    expect((await sync(laptop, ALICE)).status).toBe('synced');
    await tag(desk, ALICE, 'port', [taggedAnnotation('port', ALICE, 3, 'claim')]);

    expect((await sync(desk, ALICE)).status).toBe('synced');
    expect(await layerIds(desk, 'port', ALICE)).toEqual(['alice-1', 'alice-3']);
    expect((await sync(laptop, ALICE)).status).toBe('synced');
    expect(await layerIds(laptop, 'port', ALICE)).toEqual(['alice-1', 'alice-3']);
  }, 60_000);
});
