import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreMessage } from '../../shared/ipc/contract';
import { changeFileName, COMPACTION_MARK } from './layer-changes';
import { openStore, type OpenStoreOptions, type Store } from './open-store';
import { readSavedLayer } from './read-saved-layer';
import { removeStoreFile } from './remove-store-file';
import { ALICE, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from './test-support/fixtures';

const opened: Store[] = [];
async function open(dir: string, extra: Partial<OpenStoreOptions> = {}): Promise<Store> {
  const store = await openStore({ dir, defaultAnalyst: ALICE, compaction: { afterMs: 60_000 }, ...extra });
  opened.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const layerFile = (dir: string) => join(dir, 'annotations/doc/alice.json');
const changesDir = (dir: string) => join(dir, '.layer-changes/doc/alice');
const idsInFile = async (dir: string) =>
  (JSON.parse(await readFile(layerFile(dir), 'utf8')) as { annotations: { id: string; body: { note: string } }[] }).annotations.map(
    (a) => `${a.id}:${a.body.note}`,
  );
const idsIn = async (store: Store) => (await store.getLayer('doc', ALICE)).map((a) => `${a.id}:${a.body.note}`);

async function storeWithDoc(extra: Partial<OpenStoreOptions> = {}): Promise<{ dir: string; store: Store }> {
  const dir = await makeTempDir();
  const store = await open(dir, extra);
  await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
  return { dir, store };
}

describe('saving a change to a layer', () => {
  it('writes only the change, beside the layer file, and a reopened store has it', async () => {
    const { dir, store } = await storeWithDoc();
    await store.replaceLayer(
      'doc',
      ALICE,
      Array.from({ length: 50 }, (_, i) => makeAnnotation('doc', ALICE, i)),
    );
    await store.compactLayers();
    const layerBytes = (await stat(layerFile(dir))).size;
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 7, 'edited')], remove: ['alice-3'] });
    const [change] = await readdir(changesDir(dir));
    expect(change).toBe(changeFileName(1));
    expect((await stat(join(changesDir(dir), change!))).size).toBeLessThan(layerBytes / 10);
    const reopened = await open(dir, { readOnly: true });
    const ids = await idsIn(reopened);
    expect(ids).toContain('alice-7:edited');
    expect(ids).not.toContain('alice-3:');
    expect(ids).toHaveLength(49);
  });

  it('leaves the layer file whole and as it was until the changes are folded in, then removes them', async () => {
    const { dir, store } = await storeWithDoc();
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    await store.compactLayers();
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 2)], remove: [] });
    // A colleague or git sync reading the layer file sees a complete layer, as of the last compaction.
    expect(await idsInFile(dir)).toEqual(['alice-1:']);
    expect((await readSavedLayer(dir, 'doc', ALICE))?.map((a) => a.id)).toEqual(['alice-1', 'alice-2']);
    await store.compactLayers();
    expect(await idsInFile(dir)).toEqual(['alice-1:', 'alice-2:']);
    await expect(stat(changesDir(dir))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('folds the changes into the layer file once the layer has been quiet', async () => {
    const { dir, store } = await storeWithDoc({ compaction: { afterMs: 1 } });
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    await vi.waitFor(async () => expect(await idsInFile(dir).catch(() => [])).toEqual(['alice-1:']));
  });

  it('tells write listeners of the layer, by the layer file’s path, once the change is durable', async () => {
    const { store } = await storeWithDoc();
    const heard: string[] = [];
    store.onWrite((path) => heard.push(path));
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    expect(heard).toEqual(['annotations/doc/alice.json']);
  });
});

describe('reading a layer with saved changes', () => {
  async function savedWithoutCompaction(): Promise<string> {
    const { dir, store } = await storeWithDoc();
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1, 'one')], remove: [] });
    await store.compactLayers();
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1, 'two')], remove: [] });
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 2, 'new')], remove: [] });
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 3, 'last')], remove: [] });
    // Drops the store without its closing compaction, as a kill -9 would.
    opened.splice(opened.indexOf(store), 1);
    return dir;
  }

  it('replays them over the layer file after a kill', async () => {
    const dir = await savedWithoutCompaction();
    const reader = await open(dir, { readOnly: true });
    expect(await idsIn(reader)).toEqual(['alice-1:two', 'alice-2:new', 'alice-3:last']);
  });

  it('ignores a torn last change and keeps every change saved before it', async () => {
    const dir = await savedWithoutCompaction();
    const [last] = (await readdir(changesDir(dir))).sort().slice(-1);
    const bytes = await readFile(join(changesDir(dir), last!));
    await writeFile(join(changesDir(dir), last!), bytes.subarray(0, bytes.byteLength / 2));
    const messages: StoreMessage[] = [];
    const reader = await open(dir, { readOnly: true, onMessage: (m) => messages.push(m) });
    expect(await idsIn(reader)).toEqual(['alice-1:two', 'alice-2:new']);
    expect(messages).toEqual([
      expect.objectContaining({ file: join(changesDir(dir), last!), action: expect.stringMatching(/Left it out/) }),
    ]);
  });

  it('refuses a change file holding another document’s annotations', async () => {
    const dir = await savedWithoutCompaction();
    const name = changeFileName(99);
    const foreign = { schemaVersion: 1, documentId: 'doc', analystId: ALICE.id, upsert: [makeAnnotation('other', ALICE, 9)], remove: [] };
    await writeFile(join(changesDir(dir), name), JSON.stringify(foreign));
    const reader = await open(dir, { readOnly: true });
    expect(await idsIn(reader)).toEqual(['alice-1:two', 'alice-2:new', 'alice-3:last']);
    expect(reader.messages().map((m) => m.file)).toEqual([join(changesDir(dir), name)]);
  });

  it('never replays a change the compaction mark says the layer file already holds', async () => {
    const { dir, store } = await storeWithDoc();
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 0)], remove: [] });
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1, 'old')], remove: [] });
    const stale = await readFile(join(changesDir(dir), changeFileName(1)));
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1, 'new')], remove: [] });
    await store.close();
    // Power lost after the mark was written, with the removal of change 1 not on disk: it is back, the mark with it.
    await mkdir(changesDir(dir), { recursive: true });
    await writeFile(join(changesDir(dir), changeFileName(1)), stale);
    await writeFile(join(changesDir(dir), COMPACTION_MARK), JSON.stringify({ schemaVersion: 1, through: 2 }));
    const reader = await open(dir, { readOnly: true });
    expect(await idsIn(reader)).toEqual(['alice-0:', 'alice-1:new']);
  });

  it('replays a whole-layer replacement over whatever the layer file holds', async () => {
    const { dir, store } = await storeWithDoc();
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    await store.compactLayers();
    await store.replaceLayer('doc', ALICE, [makeAnnotation('doc', ALICE, 5)]);
    opened.splice(opened.indexOf(store), 1);
    const reader = await open(dir, { readOnly: true });
    expect(await idsIn(reader)).toEqual(['alice-5:']);
  });
});

describe('forgetLayer', () => {
  it('drops unfolded changes, so nothing writes the layer again once its file is deleted', async () => {
    const { dir, store } = await storeWithDoc();
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 2)], remove: [] });
    await store.forgetLayer('doc', ALICE);
    await removeStoreFile(dir, 'annotations/doc/alice.json');
    await store.close();
    expect(await readdir(join(dir, 'annotations/doc'))).toEqual([]);
    await expect(stat(join(dir, '.layer-changes/doc'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
