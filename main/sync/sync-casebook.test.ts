import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { readHistory } from './read-history';
import { createBareRepository, startGitHttpServer, type GitHttpServer } from './test-support/git-http-server';
import { importArticle, layerIds, sync, tag, taggedAnnotation } from './test-support/sync-fixtures';
import { runGit } from './git-runner';

let root: string;
let server: GitHttpServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-sync-'));
  server = await startGitHttpServer(join(root, 'server'));
});
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

let n = 0;
function casebook(): { remote: string; alice: string; bob: string } {
  n++;
  createBareRepository(join(root, 'server'), `cb${n}.git`);
  return { remote: server.url(`cb${n}.git`), alice: join(root, `alice${n}`), bob: join(root, `bob${n}`) };
}
const credentials = () => ({ user: server.user, password: server.password });

// Each test runs several whole syncs, dozens of git processes each: more than the default 20 s on a loaded 2-core machine.
describe('syncCasebook', { timeout: 60_000 }, () => {
  it('lets two stores on one remote exchange articles and each analyst layer', async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim'), taggedAnnotation('port', ALICE, 2, 'claim')]);

    const first = await sync(alice, ALICE, { remote, credentials: credentials() });
    expect(first).toMatchObject({ status: 'synced', pulled: 0, refused: [] });
    expect(first.pushed).toBeGreaterThan(0);

    const joined = await sync(bob, BOB, { remote, credentials: credentials() });
    expect(joined.status).toBe('synced');
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1', 'alice-2']);

    await tag(bob, BOB, 'port', [taggedAnnotation('port', BOB, 1, 'evidence')]);
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 3, 'denial')]);
    expect((await sync(bob, BOB, { credentials: credentials() })).status).toBe('synced');
    const back = await sync(alice, ALICE, { credentials: credentials() });
    expect(back).toMatchObject({ status: 'synced', pulled: 1 });
    expect(await layerIds(alice, 'port', BOB)).toEqual(['bob-1']);
    expect((await sync(bob, BOB, { credentials: credentials() })).status).toBe('synced');
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1', 'alice-2', 'alice-3']);
  });

  it('commits each layer as its analyst with a message saying what changed', async () => {
    const { remote, alice } = casebook();
    await importArticle(alice, ALICE, 'port');
    await tag(
      alice,
      ALICE,
      'port',
      [1, 2, 3].map((i) => taggedAnnotation('port', ALICE, i, 'claim')),
    );
    await sync(alice, ALICE, { remote, credentials: credentials() });
    const log = (await runGit(['log', '--format=%an|%s', 'main'], { cwd: alice })).toString();
    expect(log).toContain("Alice Analyst|Imported 'Headline of port'; Tagged 3 claims in 'Headline of port'");
    await tag(alice, ALICE, 'port', [
      taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'False' }),
      taggedAnnotation('port', ALICE, 4, 'evidence'),
    ]);
    await tag(alice, BOB, 'port', [taggedAnnotation('port', BOB, 1, 'denial')]);
    await sync(alice, ALICE, { credentials: credentials() });
    const next = (await runGit(['log', '-2', '--format=%an|%s', 'main'], { cwd: alice })).toString();
    expect(next).toContain("Alice Analyst|Tagged 1 evidence, gave 1 verdict in 'Headline of port'");
    expect(next).toContain("Bob Checker|Tagged 1 denial in 'Headline of port'");
  });

  it('reads who changed which field, oldest first, from the history', async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim', { modified: '2026-01-01T10:00:00.000Z' })]);
    await sync(alice, ALICE, { remote, credentials: credentials() });
    await tag(alice, ALICE, 'port', [
      taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'False', modified: '2026-01-02T10:00:00.000Z' }),
    ]);
    await sync(alice, ALICE, { credentials: credentials() });
    await sync(bob, BOB, { remote, credentials: credentials() });

    const changes = await readHistory(bob, 'port', 'alice-1');
    expect(changes.filter((c) => c.field === 'tag' || c.field === 'verdict')).toEqual([
      { at: '2026-01-01T10:00:00.000Z', analyst: 'alice', annotation_id: 'alice-1', field: 'tag', from: null, to: 'claim' },
      { at: '2026-01-02T10:00:00.000Z', analyst: 'alice', annotation_id: 'alice-1', field: 'verdict', from: null, to: 'False' },
    ]);
  });

  it('says "auth" for wrong credentials and keeps the change to send', async () => {
    const { remote, alice } = casebook();
    await importArticle(alice, ALICE, 'port');
    const result = await sync(alice, ALICE, { remote, credentials: { user: 'analyst', password: 'wrong' } });
    expect(result.status).toBe('auth');
    expect(result.toSend).toBeGreaterThan(0);
    expect((await sync(alice, ALICE, { credentials: credentials() })).status).toBe('synced');
  });

  it('queues changes while the server is down and sends them once it is back', async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'port');
    await sync(alice, ALICE, { remote, credentials: credentials() });
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim')]);
    await server.stop();
    try {
      const offline = await sync(alice, ALICE, { credentials: credentials() });
      expect(offline).toMatchObject({ status: 'offline', toSend: 1 });
    } finally {
      await server.start();
    }
    expect((await sync(alice, ALICE, { credentials: credentials() })).status).toBe('synced');
    await sync(bob, BOB, { remote, credentials: credentials() });
    expect(await layerIds(bob, 'port', ALICE)).toEqual(['alice-1']);
  });

  it('merges the library when both stores imported articles, never writing a conflict marker', async () => {
    const { remote, alice, bob } = casebook();
    await importArticle(alice, ALICE, 'first', '2026-01-01T10:00:00.000Z');
    await sync(alice, ALICE, { remote, credentials: credentials() });
    await sync(bob, BOB, { remote, credentials: credentials() });
    await importArticle(alice, ALICE, 'second', '2026-01-02T10:00:00.000Z');
    await importArticle(bob, BOB, 'third', '2026-01-03T10:00:00.000Z');
    await sync(alice, ALICE, { credentials: credentials() });
    await sync(bob, BOB, { credentials: credentials() });
    await sync(alice, ALICE, { credentials: credentials() });
    for (const dir of [alice, bob]) {
      const library = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { documents: { id: string }[] };
      expect(library.documents.map((d) => d.id)).toEqual(['third', 'second', 'first']);
    }
  });
});
