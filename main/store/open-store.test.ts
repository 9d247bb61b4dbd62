import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './open-store';
import { readSavedLayer } from './read-saved-layer';
import { documentPath, layerPath, LIBRARY_PATH, SETTINGS_PATH, sourcePath } from './store-paths';
import { ALICE, BOB, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from './test-support/fixtures';

const opened: Store[] = [];
async function open(dir: string, readOnly = false): Promise<Store> {
  const store = await openStore({ dir, defaultAnalyst: ALICE, readOnly });
  opened.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

describe('openStore', () => {
  it('keeps articles, sources, annotations and settings across a close and reopen', async () => {
    const dir = await makeTempDir();
    const first = await open(dir);
    const older = makeArticle('older', '2026-01-01T10:00:00.000Z');
    const newer = makeArticle('newer', '2026-02-01T10:00:00.000Z');
    await first.addArticle(older, sourceBytesFor('older'));
    await first.addArticle(newer, sourceBytesFor('newer'));
    await first.applyToLayer('older', ALICE, {
      upsert: [makeAnnotation('older', ALICE, 1), makeAnnotation('older', ALICE, 2)],
      remove: [],
    });
    await first.applyToLayer('older', ALICE, { upsert: [makeAnnotation('older', ALICE, 2, 'edited')], remove: ['alice-1'] });
    await first.updateSettings({ sampleInstalled: true });
    await first.close();

    const again = await open(dir);
    expect(again.listArticles().map((a) => a.id)).toEqual(['newer', 'older']);
    expect(again.listArticles()[1]).toMatchObject({ title: 'Headline of older', fileName: 'older.txt', characters: 63 });
    expect(await again.getArticle('older')).toEqual(older);
    expect(await again.readSource(older.source.sha256)).toEqual(Buffer.from(sourceBytesFor('older')));
    expect(await again.getLayer('older', ALICE)).toEqual([makeAnnotation('older', ALICE, 2, 'edited')]);
    expect(again.getSettings()).toEqual({ schemaVersion: 1, analyst: ALICE, sampleInstalled: true });
    expect(again.messages()).toEqual([]);
  });

  it('writes and reads back a layer of thousands of annotations intact', async () => {
    const dir = await makeTempDir();
    const store = await open(dir);
    await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    const many = Array.from({ length: 3000 }, (_, n) => makeAnnotation('doc', ALICE, n, `note ${n} “quoted”`));
    await store.replaceLayer('doc', ALICE, many);
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1500, 'edited')], remove: ['alice-7'] });
    await store.close();
    const again = await open(dir);
    const expected = many
      .filter((a) => a.id !== 'alice-7')
      .map((a) => (a.id === 'alice-1500' ? makeAnnotation('doc', ALICE, 1500, 'edited') : a));
    expect(await again.getLayer('doc', ALICE)).toEqual(expected);
  });

  it('replaces an article and its summary under the same id', async () => {
    const dir = await makeTempDir();
    const store = await open(dir);
    await store.addArticle(makeArticle('a'), sourceBytesFor('a'));
    const renamed = { ...makeArticle('a'), metadata: { title: 'Corrected headline' } };
    await store.replaceArticle(renamed);
    await store.close();
    const again = await open(dir);
    expect((await again.getArticle('a')).metadata.title).toBe('Corrected headline');
    expect(again.listArticles().map((a) => a.title)).toEqual(['Corrected headline']);
  });

  it('writes each analyst to their own file and reads back only their annotations', async () => {
    const dir = await makeTempDir();
    const store = await open(dir);
    await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    await store.applyToLayer('doc', BOB, { upsert: [makeAnnotation('doc', BOB, 1)], remove: [] });
    await store.close();
    const files = await filesUnder(dir);
    expect(files).toEqual(expect.arrayContaining(['annotations/doc/alice.json', 'annotations/doc/bob.json']));
    const bobFile = JSON.parse(await readFile(join(dir, 'annotations/doc/bob.json'), 'utf8')) as { analyst: unknown };
    expect(bobFile.analyst).toEqual(BOB);
    const again = await open(dir);
    expect((await again.getLayer('doc', BOB)).map((a) => a.id)).toEqual(['bob-1']);
    expect((await again.getLayer('doc', ALICE)).map((a) => a.id)).toEqual(['alice-1']);
  });

  it('keeps files of path-escaping ids inside the store folder', async () => {
    const parent = await makeTempDir();
    const dir = join(parent, 'store');
    const store = await open(dir);
    const evilDoc = '../../escaped';
    const evilAnalyst = { id: '../../../escaped-analyst', name: 'Mallory' };
    await store.addArticle(makeArticle(evilDoc), sourceBytesFor(evilDoc));
    await store.applyToLayer(evilDoc, evilAnalyst, { upsert: [makeAnnotation(evilDoc, evilAnalyst, 1)], remove: [] });
    await store.close();
    expect(await readdir(parent)).toEqual(['store']);
    expect((await filesUnder(dir)).filter((f) => f.startsWith('annotations/') || f.startsWith('documents/')).sort()).toEqual([
      'annotations/%2E.%2F..%2Fescaped/%2E.%2F..%2F..%2Fescaped-analyst.json',
      'documents/%2E.%2F..%2Fescaped.json',
    ]);
    const again = await open(dir);
    expect((await again.getLayer(evilDoc, evilAnalyst)).map((a) => a.id)).toEqual(['../../../escaped-analyst-1']);
  });

  it('refuses unknown articles, sources and documents of annotations', async () => {
    const store = await open(await makeTempDir());
    await expect(store.getArticle('nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.readSource('0'.repeat(64))).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.readSource('../library.json')).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(store.applyToLayer('nope', ALICE, { upsert: [], remove: [] })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses an annotation of another document without changing the layer', async () => {
    const store = await open(await makeTempDir());
    await store.addArticle(makeArticle('a'), sourceBytesFor('a'));
    await store.applyToLayer('a', ALICE, { upsert: [makeAnnotation('a', ALICE, 1)], remove: [] });
    const stray = makeAnnotation('b', ALICE, 2);
    await expect(store.applyToLayer('a', ALICE, { upsert: [stray], remove: ['alice-1'] })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect((await store.getLayer('a', ALICE)).map((a) => a.id)).toEqual(['alice-1']);
  });

  it("saves the owner's change as annotations:apply, refusing another analyst's annotation without changing the layer", async () => {
    const store = await openStore({
      dir: await makeTempDir(),
      defaultAnalyst: ALICE,
      owner: () => BOB,
      now: () => new Date('2026-12-07T04:00:00Z'),
    });
    opened.push(store);
    await store.addArticle(makeArticle('a'), sourceBytesFor('a'));
    await expect(store.saveAnnotations({ documentId: 'a', upsert: [makeAnnotation('a', BOB, 1)], remove: [] })).resolves.toEqual({
      savedAt: '2026-12-07T04:00:00.000Z',
    });
    await expect(
      store.saveAnnotations({ documentId: 'a', upsert: [makeAnnotation('a', ALICE, 2)], remove: ['bob-1'] }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
      message: `Annotation alice-2 was made by ${ALICE.name}; only your own layer can be changed.`,
    });
    await expect(store.saveAnnotations({ documentId: 'nope', upsert: [], remove: [] })).rejects.toMatchObject({ code: 'not-found' });
    expect((await store.getLayer('a', BOB)).map((a) => a.id)).toEqual(['bob-1']);
    expect(await store.getLayer('a', ALICE)).toEqual([]);
  });

  it('tells write listeners each file it has durably written, by its path in the store, until they stop', async () => {
    const store = await open(await makeTempDir());
    const written: string[] = [];
    const stop = store.onWrite((path) => written.push(path));
    const article = makeArticle('a');
    await store.addArticle(article, sourceBytesFor('a'));
    await store.applyToLayer('a', ALICE, { upsert: [makeAnnotation('a', ALICE, 1)], remove: [] });
    await store.updateSettings({ sampleInstalled: true });
    expect(written).toEqual([sourcePath(article.source.sha256), documentPath('a'), LIBRARY_PATH, layerPath('a', ALICE.id), SETTINGS_PATH]);
    stop();
    await store.applyToLayer('a', ALICE, { upsert: [makeAnnotation('a', ALICE, 2)], remove: [] });
    expect(written).toHaveLength(5);
  });

  it('refuses source bytes that do not match the recorded hash', async () => {
    const store = await open(await makeTempDir());
    await expect(store.addArticle(makeArticle('a'), sourceBytesFor('b'))).rejects.toMatchObject({ code: 'invalid-request' });
    expect(store.listArticles()).toEqual([]);
  });

  it('never loses an acknowledged change when writes race from one process', async () => {
    const dir = await makeTempDir();
    const store = await open(dir);
    await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    const missingAtAck: number[] = [];
    // Spread over timers so changes arrive while earlier writes are at every stage of their I/O.
    await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        await new Promise((r) => setTimeout(r, n % 13));
        await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, n)], remove: [] });
        const onDisk = (await readSavedLayer(dir, 'doc', ALICE)) ?? [];
        if (!onDisk.some((a) => a.id === `alice-${n}`)) missingAtAck.push(n);
      }),
    );
    expect(missingAtAck).toEqual([]);
    expect(await store.getLayer('doc', ALICE)).toHaveLength(200);
  });

  it('reports a failed save as store-failed and writes the change with the next one', async () => {
    const dir = await makeTempDir();
    const store = await open(dir);
    await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    const layerFile = join(dir, 'annotations/doc/alice.json');
    const changes = join(dir, '.layer-changes/doc/alice');
    await mkdir(dirname(changes), { recursive: true });
    await writeFile(changes, 'in the way');
    const failure: unknown = await store
      .applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 2)], remove: [] })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'store-failed' });
    expect((failure as Error).message).toContain(`Factmark could not save ${layerFile}`);
    await rm(changes);
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 3)], remove: [] });
    expect((await readSavedLayer(dir, 'doc', ALICE))?.map((a) => a.id)).toEqual(['alice-1', 'alice-2', 'alice-3']);
    await store.close();
    const onDisk = JSON.parse(await readFile(layerFile, 'utf8')) as { annotations: { id: string }[] };
    expect(onDisk.annotations.map((a) => a.id)).toEqual(['alice-1', 'alice-2', 'alice-3']);
  });

  it('finishes pending writes before close releases the store', async () => {
    const dir = await makeTempDir();
    const store = await open(dir);
    await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    const pending = store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] });
    await store.close();
    await pending;
    await expect(store.applyToLayer('doc', ALICE, { upsert: [], remove: [] })).rejects.toMatchObject({ code: 'store-failed' });
    const again = await open(dir);
    expect((await again.getLayer('doc', ALICE)).map((a) => a.id)).toEqual(['alice-1']);
  });

  it('reads without writing anything when opened read-only', async () => {
    const dir = await makeTempDir();
    const writer = await open(dir);
    await writer.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    const before = await filesUnder(dir);
    const reader = await open(dir, true);
    expect(reader.listArticles().map((a) => a.id)).toEqual(['doc']);
    await expect(reader.updateSettings({ sampleInstalled: true })).rejects.toMatchObject({ code: 'store-failed' });
    await reader.close();
    expect(await filesUnder(dir)).toEqual(before);
  });
});
