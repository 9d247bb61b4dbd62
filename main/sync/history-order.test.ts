import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerPath } from '../store/store-paths';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { gitObjects } from './git-objects';
import { isoGitObjects } from './iso-git-objects';
import { readHistory } from './read-history';
import { handCommit, handGit } from './test-support/hand-made-history';
import { importArticle, tag, taggedAnnotation } from './test-support/sync-fixtures';

let root: string;
let store: string;
/** Alice's commits on her layer, oldest first. */
const alices: string[] = [];

// Three analysts syncing every few seconds make many commits within one second, the unit of a
// commit's time. Here every commit has the same time, and Bob's merged work reaches Alice's
// second version by a shorter path than her own later versions do: the shape that listed her
// third version before her second, so history showed a tag removed and added again.
const SAME_SECOND = '2026-01-05T10:00:00Z';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-history-order-'));
  store = join(root, 'alice');
  const alice = { author: ALICE, date: SAME_SECOND };
  const layer = layerPath('port', ALICE.id);
  await importArticle(store, ALICE, 'port');
  handGit(store, ['init', '--quiet', '-b', 'main']);
  await tag(store, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
  alices.push(handCommit(store, ['.'], alice));
  await tag(store, ALICE, 'port', [taggedAnnotation('port', ALICE, 2, 'claim')]);
  alices.push(handCommit(store, [layer], alice));
  const second = alices[1] as string;

  await tag(store, BOB, 'port', [taggedAnnotation('port', BOB, 1, 'evidence')]);
  const bobs = handCommit(store, [layerPath('port', BOB.id)], { author: BOB, date: SAME_SECOND });
  handGit(store, ['update-ref', 'refs/heads/main', second]);
  handGit(store, ['read-tree', second]);

  for (const n of [3, 4, 5]) {
    await tag(store, ALICE, 'port', [taggedAnnotation('port', ALICE, n, 'claim')]);
    alices.push(handCommit(store, [layer], alice));
  }
  handGit(store, ['add', '--', layerPath('port', BOB.id)]);
  const tree = handGit(store, ['write-tree']);
  const merge = handGit(store, ['commit-tree', tree, '-p', alices[4] as string, '-p', bobs, '-m', 'Merged colleagues’ work'], alice);
  handGit(store, ['update-ref', 'refs/heads/main', merge]);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const alicesVersions = () => alices.map((commit) => handGit(store, ['rev-parse', `${commit}:${layerPath('port', ALICE.id)}`]));

describe('a layer’s history when its commits share one second', () => {
  it('shows each of Alice’s tags added once and none removed', async () => {
    const tags = (await readHistory(store, 'port')).filter((c) => c.analyst === ALICE.id && c.field === 'tag');
    expect(tags.map((c) => [c.annotation_id, c.from, c.to])).toEqual([1, 2, 3, 4, 5].map((n) => [`alice-${n}`, null, 'claim']));
  });

  it('lists the layer’s versions in the order they were made, with the system git and with isomorphic-git', async () => {
    for (const client of [gitObjects(store), isoGitObjects(store, 'https://example.invalid/desk.git')]) {
      const versions = await client.fileVersions('refs/heads/main', 'annotations/port');
      expect(versions.filter((v) => v.path === layerPath('port', ALICE.id)).map((v) => v.sha)).toEqual(alicesVersions());
    }
  });
});
