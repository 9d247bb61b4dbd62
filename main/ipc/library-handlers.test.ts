import { access, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/contract';
import type { LibraryState } from '../../shared/model/library-state';
import { openStore, type Store } from '../store';
import { ALICE, BOB, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { documentPath, layerPath, LIBRARY_PATH, reviewPath, sourcePath } from '../store/store-paths';
import { createStoreFolderHandler } from './library-handlers';
import { createHandlersOver } from './test-support/handlers-over-store';

let dir: string;
let store: Store;
let api: Api;
let clock = Date.parse('2026-12-01T09:00:00Z');

async function open(): Promise<void> {
  store = await openStore({ dir, defaultAnalyst: ALICE });
  api = createHandlersOver(store, { newId: () => 'unused', now: () => new Date((clock += 60_000)) });
}

beforeEach(async () => {
  dir = await makeTempDir();
  await open();
  for (const id of ['a', 'b']) await store.addArticle(makeArticle(id), sourceBytesFor(id));
  await store.replaceLayer('a', ALICE, [makeAnnotation('a', ALICE, 1)]);
  await store.replaceLayer('a', BOB, [makeAnnotation('a', BOB, 1), makeAnnotation('a', BOB, 2)]);
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const card = async (id: string) => (await api['library:overview']({})).find((c) => c.summary.id === id);

describe('the library handlers', () => {
  it('count every analyst’s annotations on a card and name who made them', async () => {
    const a = await card('a');
    const total = a!.tally.tags.claim + a!.tally.tags.denial + a!.tally.tags.evidence;
    expect(total).toBe(3);
    expect(a!.tally.analysts.map((x) => x.id)).toEqual(['alice', 'bob']);
  });

  it('keep a rename and the trash across a restart without touching the stored article', async () => {
    const original = (await store.getArticle('a')).metadata.title;
    await api['library:rename']({ documentId: 'a', title: '  Bridge check  ' });
    await api['library:trash']({ documentId: 'b' });
    await store.close();
    await open();
    expect((await card('a'))?.displayTitle).toBe('Bridge check');
    expect((await store.getArticle('a')).metadata.title).toBe(original);
    expect((await card('b'))?.trashedAt).toBeDefined();
    await api['library:restore']({ documentId: 'b' });
    expect((await card('b'))?.trashedAt).toBeUndefined();
    await api['library:rename']({ documentId: 'a', title: '' });
    expect((await card('a'))?.displayTitle).toBe(original);
  });

  it('reopen the article read last at its place, unless it is in the trash or the analyst turned reopening off', async () => {
    expect(await api['library:last']({})).toBeNull();
    await api['library:opened']({ documentId: 'a', offset: 40 });
    await api['library:opened']({ documentId: 'b' });
    expect(await api['library:last']({})).toEqual({ documentId: 'b', offset: 0 });
    await api['library:trash']({ documentId: 'b' });
    expect(await api['library:last']({})).toEqual({ documentId: 'a', offset: 40 });
    await api['preferences:update']({ reopenLast: false });
    expect(await api['library:last']({})).toBeNull();
    expect((await api['preferences:get']({})).preferences).toMatchObject({ reopenLast: false, appearance: 'system', textSize: 100 });
  });
});

describe('deleting for good from the trash', () => {
  const exists = (relPath: string) =>
    access(join(dir, relPath)).then(
      () => true,
      () => false,
    );
  const state = async () => JSON.parse(await readFile(join(dir, 'library-state', 'alice.json'), 'utf8')) as LibraryState;

  it('removes an article no colleague annotated — document, bytes, the analyst’s layer and state — and search no longer finds it', async () => {
    await store.replaceLayer('b', ALICE, [makeAnnotation('b', ALICE, 1, 'checked with the council')]);
    await api['library:rename']({ documentId: 'b', title: 'Council bridge' });
    await api['library:opened']({ documentId: 'b', offset: 12 });
    await api['library:trash']({ documentId: 'b' });
    expect((await api['search:library']({ query: 'Headline of b' })).hits.map((h) => h.docId)).toContain('b');
    const sha = (await store.getArticle('b')).source.sha256;

    expect(await api['library:deleteForGood']({ documentIds: ['b'] })).toEqual({ removed: 1, keptForColleagues: 0 });

    for (const gone of [layerPath('b', 'alice'), documentPath('b'), sourcePath(sha)]) expect(await exists(gone), gone).toBe(false);
    expect(await card('b')).toBeUndefined();
    expect((await api['search:library']({ query: 'Headline of b council' })).hits.map((h) => h.docId)).not.toContain('b');
    expect(await state()).toMatchObject({ titles: {}, trashed: {}, opened: {}, hidden: {} });
    await store.close();
    await open();
    expect(store.listArticles().map((a) => a.id)).toEqual(['a']);
    expect(store.messages()).toEqual([]);
  });

  it('keeps an article a colleague has a layer on: only the analyst’s own layer and review go, and it stays hidden from them', async () => {
    await api['review:apply']({ documentId: 'a', decide: [{ annotationId: 'bob-1', analystId: 'bob', decision: 'accepted' }], reply: [] });
    const bobsLayer = await readFile(join(dir, layerPath('a', 'bob')));
    await api['library:trash']({ documentId: 'a' });

    expect(await api['library:deleteForGood']({ documentIds: ['a'] })).toEqual({ removed: 0, keptForColleagues: 1 });

    expect(await exists(layerPath('a', 'alice'))).toBe(false);
    expect(await exists(reviewPath('a', 'alice'))).toBe(false);
    expect(await readFile(join(dir, layerPath('a', 'bob')))).toEqual(bobsLayer);
    expect(await exists(documentPath('a'))).toBe(true);
    expect(store.listArticles().map((x) => x.id)).toContain('a');
    expect(await card('a')).toBeUndefined();
    expect((await state()).trashed).toEqual({});
    expect(Object.keys((await state()).hidden)).toEqual(['a']);
  });

  it('keeps imported bytes another article was made from', async () => {
    const twin = { ...makeArticle('c'), source: makeArticle('b').source };
    await store.addArticle(twin, sourceBytesFor('b'));
    await api['library:trash']({ documentId: 'b' });
    await api['library:deleteForGood']({ documentIds: ['b'] });
    expect(await store.readSource(twin.source.sha256)).toEqual(Buffer.from(sourceBytesFor('b')));
  });

  it('reports every file it removes, as it reports a write, so sync and the indexes hear it', async () => {
    const heard: string[] = [];
    store.onWrite((relPath) => heard.push(relPath));
    await store.replaceLayer('b', ALICE, [makeAnnotation('b', ALICE, 1)]);
    heard.length = 0;
    await api['library:trash']({ documentId: 'b' });
    await api['library:deleteForGood']({ documentIds: ['b'] });
    expect(heard).toEqual(expect.arrayContaining([layerPath('b', 'alice'), documentPath('b'), LIBRARY_PATH]));
  });

  it('refuses an article that is not in the trash, and removes nothing', async () => {
    await expect(api['library:deleteForGood']({ documentIds: ['b'] })).rejects.toThrow(/not in the trash/);
    expect(await exists(documentPath('b'))).toBe(true);
  });
});

describe('showing the store folder', () => {
  it('hands the store’s folder to the shell’s opener', async () => {
    const opened: string[] = [];
    const handler = createStoreFolderHandler({ dir, openFolder: async (path) => void opened.push(path) });
    await handler['preferences:showStoreFolder']({});
    expect(opened).toEqual([dir]);
  });

  it('says which folder could not be shown and why', async () => {
    const failing = createStoreFolderHandler({ dir, openFolder: () => Promise.reject(new Error('xdg-open is not installed')) });
    await expect(failing['preferences:showStoreFolder']({})).rejects.toThrow(`could not show the folder ${dir}: xdg-open is not installed`);
    const gone = createStoreFolderHandler({ dir: join(dir, 'moved-away'), openFolder: async () => {} });
    await expect(gone['preferences:showStoreFolder']({})).rejects.toThrow(/is not there any more/);
  });
});
