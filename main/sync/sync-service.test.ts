import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { createSessionVault, createSyncService } from './sync-service';
import { createBareRepository } from './test-support/git-http-server';
import { importArticle, layerIds, sync, tag, taggedAnnotation } from './test-support/sync-fixtures';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-sync-service-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A write channel the test fires by hand, standing in for `Store.onWrite`. */
function writes() {
  const listeners = new Set<(path: string) => void>();
  return {
    onWrite(listener: (path: string) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fire: (path: string) => listeners.forEach((l) => l(path)),
  };
}

const noTimers = { setTimeout: () => undefined, clearTimeout: () => {} };

describe('createSyncService', () => {
  it('does nothing until connected, then connects, syncs on "Sync now" and says when it synced', async () => {
    const bare = createBareRepository(root, 'desk.git');
    const alice = join(root, 'alice');
    await importArticle(alice, ALICE, 'port');
    const service = await createSyncService({
      storeDir: alice,
      me: () => ALICE,
      writes: writes(),
      vault: createSessionVault(),
      timers: noTimers,
      now: () => new Date('2026-12-07T09:15:00Z'),
    });
    expect(await service.handlers['sync:now']()).toMatchObject({ remote: null, status: 'never' });

    const seen: string[] = [];
    service.onState((s) => seen.push(s.running ? 'running' : s.status));
    expect(await service.handlers['sync:connect']({ remote: bare })).toMatchObject({
      remote: bare,
      status: 'synced',
      syncedAt: '2026-12-07T09:15:00.000Z',
      toSend: 0,
    });
    expect(seen).toEqual(['running', 'synced']);

    await sync(join(root, 'bob'), BOB, { remote: bare });
    await tag(join(root, 'bob'), BOB, 'port', [taggedAnnotation('port', BOB, 1, 'claim')]);
    await sync(join(root, 'bob'), BOB);
    expect((await service.handlers['sync:now']()).status).toBe('synced');
    expect(await layerIds(alice, 'port', BOB)).toEqual(['bob-1']);
    await service.close();
  });

  it('reports a remote that cannot be reached as offline, with the changes waiting', async () => {
    const alice = join(root, 'alice-offline');
    await importArticle(alice, ALICE, 'port');
    const service = await createSyncService({
      storeDir: alice,
      me: () => ALICE,
      writes: writes(),
      vault: createSessionVault(),
      timers: noTimers,
    });
    const state = await service.handlers['sync:connect']({ remote: join(root, 'unplugged-drive', 'desk.git') });
    expect(state).toMatchObject({ status: 'offline', toSend: 1 });
    expect(state.reason).toMatch(/cannot be reached/);
    await service.close();
  });

  it('answers a claim’s history with names once synced, and says so before', async () => {
    const bare = createBareRepository(root, 'history.git');
    const alice = join(root, 'alice-history');
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim', { modified: '2026-01-01T10:00:00.000Z' })]);
    const service = await createSyncService({
      storeDir: alice,
      me: () => ALICE,
      writes: writes(),
      vault: createSessionVault(),
      timers: noTimers,
    });
    expect(await service.handlers['sync:history']({ documentId: 'port', annotationId: 'alice-1' })).toEqual({
      synced: false,
      changes: [],
      analysts: {},
    });

    await service.handlers['sync:connect']({ remote: bare });
    await tag(alice, ALICE, 'port', [
      taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'False', modified: '2026-01-02T10:00:00.000Z' }),
    ]);
    await service.handlers['sync:now']();
    await tag(alice, ALICE, 'port', [
      taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'Mostly false', modified: '2026-01-03T10:00:00.000Z' }),
    ]);
    const answer = await service.handlers['sync:history']({ documentId: 'port', annotationId: 'alice-1' });
    expect(answer.synced).toBe(true);
    expect(answer.analysts).toEqual({ alice: ALICE.name });
    expect(answer.changes.filter((c) => c.field === 'verdict').map((c) => [c.at, c.from, c.to])).toEqual([
      ['2026-01-02T10:00:00.000Z', null, 'False'],
      ['2026-01-03T10:00:00.000Z', 'False', 'Mostly false'],
    ]);
    await service.close();
  });

  it('answers focus at once and syncs a connected casebook behind it', async () => {
    const store = join(root, 'focused');
    await mkdir(join(store, '.git'), { recursive: true });
    await writeFile(join(store, '.git', 'config'), '[remote "origin"]\n\turl = https://git.example.org/desk.git\n');
    let release: () => void = () => {};
    const runs: string[] = [];
    const service = await createSyncService({
      storeDir: store,
      me: () => ALICE,
      writes: writes(),
      vault: createSessionVault(),
      timers: noTimers,
      sync: async (options) => {
        runs.push(options.storeDir);
        await new Promise<void>((resolve) => (release = resolve));
        return { status: 'synced', pulled: 0, pushed: 0, refused: [], toSend: 0 };
      },
    });
    expect(await service.handlers['sync:state']()).toMatchObject({ remote: 'https://git.example.org/desk.git', tokenKept: 'session' });
    expect(await service.handlers['sync:focused']()).toEqual({});
    expect(runs).toEqual([store]);
    expect((await service.handlers['sync:state']()).running).toBe(true);
    release();
    await service.close();
    expect((await service.handlers['sync:state']()).status).toBe('synced');
  });
});
