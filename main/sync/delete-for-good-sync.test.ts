import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteForGood } from '../casebook/delete-for-good';
import { documentPath, layerPath } from '../store/store-paths';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { personOf } from './commit-store-changes';
import { gitObjects } from './git-objects';
import { runGit } from './git-runner';
import { createBareRepository, startGitHttpServer } from './test-support/git-http-server';
import { importArticle, layerIds, sync, tag, taggedAnnotation, withStore } from './test-support/sync-fixtures';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-sync-delete-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let n = 0;
function casebook(): { remote: string; alice: string; bob: string } {
  n++;
  return { remote: createBareRepository(root, `cb${n}.git`), alice: join(root, `alice${n}`), bob: join(root, `bob${n}`) };
}
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const libraryIds = async (dir: string) =>
  (JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { documents: { id: string }[] }).documents.map((d) => d.id);
const emptyTrash = (dir: string, me: typeof ALICE, id: string) => withStore(dir, me, (store) => deleteForGood(store, me, [id]));

// Each test runs several whole syncs, dozens of git processes each: more than the default 20 s on a loaded 2-core machine.
describe('deleting for good, synced', { timeout: 60_000 }, () => {
  it("takes an article only Alice annotated out of Bob's clone, and it does not come back", async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'port');
    await importArticle(alice, ALICE, 'kept', '2026-01-02T10:00:00.000Z');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    await sync(alice, ALICE, { remote });
    await sync(bob, BOB, { remote });
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1']);

    expect(await emptyTrash(alice, ALICE, 'port')).toEqual({ removed: ['port'], keptForColleagues: [] });
    expect((await sync(alice, ALICE)).status).toBe('synced');
    const log = (await runGit(['log', '-1', '--format=%an|%s', 'main'], { cwd: alice })).toString();
    expect(log.trim()).toBe("Alice Analyst|Deleted 'Headline of port' for good");

    expect((await sync(bob, BOB)).status).toBe('synced');
    expect(await exists(join(bob, layerPath('port', ALICE.id)))).toBe(false);
    expect(await exists(join(bob, documentPath('port')))).toBe(false);
    expect(await libraryIds(bob)).toEqual(['kept']);

    await tag(bob, BOB, 'kept', [taggedAnnotation('kept', BOB, 1, 'evidence')]);
    await sync(bob, BOB);
    await sync(alice, ALICE);
    expect(await exists(join(alice, layerPath('port', ALICE.id)))).toBe(false);
    expect(await exists(join(alice, documentPath('port')))).toBe(false);
    expect(await libraryIds(alice)).toEqual(['kept']);
    expect(await layerIds(alice, 'kept', BOB)).toEqual(['bob-1']);
  });

  it("keeps the article a colleague annotated, and the colleague's uncommitted work", async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    await sync(alice, ALICE, { remote });
    await sync(bob, BOB, { remote });
    // Bob tags the article and does not sync before Alice empties her trash.
    await tag(bob, BOB, 'port', [taggedAnnotation('port', BOB, 1, 'claim')]);

    expect(await emptyTrash(alice, ALICE, 'port')).toEqual({ removed: ['port'], keptForColleagues: [] });
    await sync(alice, ALICE);
    expect((await sync(bob, BOB)).status).toBe('synced');
    expect(await exists(join(bob, layerPath('port', ALICE.id)))).toBe(false);
    expect(await exists(join(bob, documentPath('port')))).toBe(true);
    expect(await layerIds(bob, 'port', BOB)).toEqual(['bob-1']);
  });

  it("never removes a colleague's layer for a commit someone else authored", async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    await sync(alice, ALICE, { remote });
    await sync(bob, BOB, { remote });

    // A commit authored as Bob that removes Alice's layer, pushed straight to the remote.
    const objects = gitObjects(alice);
    const head = (await objects.resolve('refs/heads/main')) as string;
    const tree = await objects.buildTree(`${head}^{tree}`, [{ path: layerPath('port', ALICE.id) }]);
    const forged = await objects.commit(tree, [head], 'Removed a colleague\n', personOf(BOB), personOf(BOB));
    await runGit(['push', '--quiet', remote, `${forged}:refs/heads/main`], { cwd: alice });

    await sync(bob, BOB);
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1']);
  });

  it("does not commit a colleague's layer that went missing as removed", async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    await sync(alice, ALICE, { remote });
    await sync(bob, BOB, { remote });
    await rm(join(bob, layerPath('port', ALICE.id)));
    await tag(bob, BOB, 'port', [taggedAnnotation('port', BOB, 1, 'claim')]);
    await sync(bob, BOB);
    const fresh = join(root, `carol${n}`);
    await sync(fresh, { id: 'carol', name: 'Carol' }, { remote });
    expect(await layerIds(fresh, 'port', ALICE)).toEqual(['alice-1']);
  });

  it('removes and takes out the same files where isomorphic-git is the client', async () => {
    const server = await startGitHttpServer(join(root, 'server'));
    try {
      createBareRepository(join(root, 'server'), 'iso.git');
      const options = {
        credentials: { user: server.user, password: server.password },
        gitClient: 'isomorphic-git' as const,
        credentialSettings: [],
      };
      const [alice, bob] = [join(root, 'alice-iso'), join(root, 'bob-iso')];
      await importArticle(alice, ALICE, 'port');
      await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
      await sync(alice, ALICE, { remote: server.url('iso.git'), ...options });
      await sync(bob, BOB, { remote: server.url('iso.git'), ...options });
      expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1']);

      await emptyTrash(alice, ALICE, 'port');
      expect((await sync(alice, ALICE, options)).status).toBe('synced');
      expect((await sync(bob, BOB, options)).status).toBe('synced');
      expect(await exists(join(bob, layerPath('port', ALICE.id)))).toBe(false);
      expect(await exists(join(bob, documentPath('port')))).toBe(false);
      expect(await libraryIds(bob)).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
