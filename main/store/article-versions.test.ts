import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../shared/anchoring';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { layerAnchoringPath, openArticleVersions, versionsRecordPath } from './article-versions';
import { openStore, type Store } from './open-store';
import { analystLockName, layerPath } from './store-paths';
import { ALICE, BOB, makeTempDir } from './test-support/fixtures';

const V1 = [
  'Harbour wall to be rebuilt',
  'The port authority said the wall will be rebuilt by the end of next year at a cost of 40 million.',
  'Engineers found cracks along the northern section of the harbour wall during a routine inspection last spring.',
  'Local fishermen said the work should have started years ago.',
];
const V2 = [
  'Harbour wall to be rebuilt',
  'The port authority said on Monday the wall will be rebuilt by the end of next year at a cost of 40 million.',
  'Engineers found cracks along the northern section of the harbour wall during a routine inspection last spring.',
  'The mayor said she would ask the government to pay half of the bill for the repairs.',
];

function articleOf(id: string, paragraphs: string[], fileName: string, importedAt: string): { article: Article; bytes: Uint8Array } {
  const bytes = new TextEncoder().encode(paragraphs.join('\n\n'));
  const article: Article = {
    schemaVersion: 1,
    id,
    metadata: { title: paragraphs[0]!, url: 'https://harbour.example/news/wall' },
    blocks: paragraphs.map((text, i) => ({ type: i === 0 ? ('title' as const) : ('paragraph' as const), text })),
    source: {
      fileName,
      mediaType: 'text/plain',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      byteLength: bytes.byteLength,
      importedAt,
    },
    cleaning: { dropped: [], restored: [] },
  };
  return { article, bytes };
}

function annotate(article: Article, quote: string, analyst: Creator, id: string): Annotation {
  const text = toPlainText(article.blocks);
  const start = text.indexOf(quote);
  return {
    schemaVersion: 1,
    id,
    documentId: article.id,
    creator: analyst,
    created: '2026-03-01T09:00:00.000Z',
    modified: '2026-03-01T09:00:00.000Z',
    body: { tag: 'claim', note: `note ${id}` },
    target: { source: article.id, selector: describeSpan(text, start, start + quote.length) },
  };
}

let store: Store | undefined;
let dir: string | undefined;
afterEach(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  store = undefined;
  dir = undefined;
});

/** The store folder opened as a casebook by `analyst`'s app: their own writer lock, so colleagues can share it. */
function openAs(folder: string, analyst: Creator): Promise<Store> {
  return openStore({ dir: folder, defaultAnalyst: analyst, lockName: analystLockName(analyst.id) });
}

/** Alice's app with version 1 of the article annotated by Alice and (from Bob's own app, now closed) by Bob. */
async function libraryWithAnnotations() {
  dir = await makeTempDir();
  store = await openAs(dir, ALICE);
  const first = articleOf('wall', V1, 'wall-v1.txt', '2026-03-01T08:00:00.000Z');
  await store.addArticle(first.article, first.bytes);
  const aliceLayer = [
    annotate(first.article, V1[1]!, ALICE, 'a-edited'),
    annotate(first.article, V1[2]!, ALICE, 'a-kept'),
    annotate(first.article, V1[3]!, ALICE, 'a-gone'),
  ];
  const bobLayer = [annotate(first.article, V1[2]!, BOB, 'b-kept'), annotate(first.article, V1[3]!, BOB, 'b-gone')];
  await store.replaceLayer('wall', ALICE, aliceLayer);
  const bobs = await openAs(dir, BOB);
  await bobs.replaceLayer('wall', BOB, bobLayer);
  await bobs.close();
  const second = articleOf('import-id', V2, 'wall-v2.html', '2026-03-02T08:00:00.000Z');
  return { store, dir, first, second, aliceLayer, bobLayer };
}

const fileBytes = (folder: string, relPath: string) => readFile(join(folder, relPath), 'utf8').catch(() => 'missing');

describe('openArticleVersions', () => {
  it('lists an article never re-imported as version 1 of 1, without writing anything', async () => {
    const { store, dir } = await libraryWithAnnotations();
    const versions = openArticleVersions(store);
    const record = await versions.record('wall');
    expect(record.versions.map((v) => [v.number, v.fileName])).toEqual([[1, 'wall-v1.txt']]);
    expect(await versions.currentLayer('wall', ALICE)).toHaveLength(3);
    await expect(readFile(join(dir, versionsRecordPath('wall')))).rejects.toThrow();
    await expect(readFile(join(dir, layerAnchoringPath('wall', ALICE.id)))).rejects.toThrow();
  });

  it('adds a version: the new one is current, the old article and both sources stay readable', async () => {
    const { store, first, second } = await libraryWithAnnotations();
    const versions = openArticleVersions(store);
    const added = await versions.addVersion('wall', second.article, second.bytes, ALICE);
    expect(added.version).toMatchObject({ number: 2, fileName: 'wall-v2.html' });
    expect((await store.getArticle('wall')).blocks.map((b) => b.text)).toEqual(V2);
    expect((await versions.readVersion('wall', 1)).blocks.map((b) => b.text)).toEqual(V1);
    expect((await versions.readVersion('wall', 2)).id).toBe('wall');
    expect(await store.readSource(first.article.source.sha256)).toEqual(Buffer.from(first.bytes));
    expect(await store.readSource(second.article.source.sha256)).toEqual(Buffer.from(second.bytes));
    expect(store.listArticles().map((a) => a.id)).toEqual(['wall']);
  });

  it("re-anchors the adding analyst's layer: unchanged text follows, edited and vanished text waits for review with its old selectors", async () => {
    const { store, second, aliceLayer } = await libraryWithAnnotations();
    const versions = openArticleVersions(store);
    const added = await versions.addVersion('wall', second.article, second.bytes, ALICE);
    expect(added.repositioned).toBe(1);
    expect(added.review.map((e) => [e.analystId, e.annotationId, e.status])).toEqual([
      ['alice', 'a-edited', 'moved'],
      ['alice', 'a-gone', 'orphan'],
    ]);

    const text = V2.join('\n\n');
    const alice = await store.getLayer('wall', ALICE);
    const kept = alice.find((a) => a.id === 'a-kept')!.target.selector.position;
    expect(text.slice(kept.start, kept.end)).toBe(V2[2]);
    expect(alice.find((a) => a.id === 'a-edited')).toEqual(aliceLayer[0]);
    expect((await versions.pending('wall', ALICE, alice)).map((e) => e.annotationId)).toEqual(['a-edited', 'a-gone']);
    const proposed = added.review[0]!.candidates[0]!;
    expect(text.slice(proposed.start, proposed.end)).toBe(V2[1]);
  });

  it("never writes a colleague's files: Bob's layer is byte-identical after Alice adds a version, and the shared record holds no one's review", async () => {
    const { store, dir, second } = await libraryWithAnnotations();
    const bobsBefore = await fileBytes(dir, layerPath('wall', BOB.id));
    await openArticleVersions(store).addVersion('wall', second.article, second.bytes, ALICE);
    expect(await fileBytes(dir, layerPath('wall', BOB.id))).toBe(bobsBefore);
    expect(await fileBytes(dir, layerAnchoringPath('wall', BOB.id))).toBe('missing');
    expect(JSON.parse(await fileBytes(dir, versionsRecordPath('wall')))).toMatchObject({ review: [] });
    expect(JSON.parse(await fileBytes(dir, layerAnchoringPath('wall', ALICE.id)))).toMatchObject({ analystId: 'alice', anchoredTo: 2 });
  });

  it("re-anchors Bob's layer when Bob's app opens the article, writing only Bob's files", async () => {
    const { store, dir, second, bobLayer } = await libraryWithAnnotations();
    await openArticleVersions(store).addVersion('wall', second.article, second.bytes, ALICE);
    await store.close();
    const shared = [versionsRecordPath('wall'), layerAnchoringPath('wall', ALICE.id), layerPath('wall', ALICE.id), 'documents/wall.json'];
    const sharedBefore = await Promise.all(shared.map((p) => fileBytes(dir, p)));

    const bobs = await openAs(dir, BOB);
    try {
      const versions = openArticleVersions(bobs);
      const [layer, again] = await Promise.all([versions.currentLayer('wall', BOB), versions.currentLayer('wall', BOB)]);
      expect(again).toEqual(layer);
      const text = V2.join('\n\n');
      const kept = layer.find((a) => a.id === 'b-kept')!.target.selector.position;
      expect(text.slice(kept.start, kept.end)).toBe(V2[2]);
      expect(layer.find((a) => a.id === 'b-gone')).toEqual(bobLayer[1]);
      expect(await bobs.getLayer('wall', BOB)).toEqual(layer);
      expect((await versions.pending('wall', BOB, layer)).map((e) => [e.analystId, e.annotationId, e.status])).toEqual([
        ['bob', 'b-gone', 'orphan'],
      ]);
      expect(JSON.parse(await fileBytes(dir, layerAnchoringPath('wall', BOB.id)))).toMatchObject({
        analystId: 'bob',
        anchoredTo: 2,
        review: [{ annotationId: 'b-gone', version: 2 }],
      });
      expect(await Promise.all(shared.map((p) => fileBytes(dir, p)))).toEqual(sharedBefore);

      const settled = await fileBytes(dir, layerAnchoringPath('wall', BOB.id));
      await versions.currentLayer('wall', BOB);
      expect(await fileBytes(dir, layerAnchoringPath('wall', BOB.id))).toBe(settled);
    } finally {
      await bobs.close();
    }
  });

  it('re-anchors a layer again after a crash kept its anchoring file from being written, asking the same questions', async () => {
    const { store, dir, second } = await libraryWithAnnotations();
    const versions = openArticleVersions(store);
    await versions.addVersion('wall', second.article, second.bytes, ALICE);
    await rm(join(dir, layerAnchoringPath('wall', ALICE.id)));
    const layer = await openArticleVersions(store).currentLayer('wall', ALICE);
    expect((await versions.pending('wall', ALICE, layer)).map((e) => [e.annotationId, e.status])).toEqual([
      ['a-edited', 'moved'],
      ['a-gone', 'orphan'],
    ]);
  });

  it('reports a damaged anchoring file, sets it aside and re-anchors the layer from the start', async () => {
    const { store, dir, second } = await libraryWithAnnotations();
    await openArticleVersions(store).addVersion('wall', second.article, second.bytes, ALICE);
    await writeFile(join(dir, layerAnchoringPath('wall', ALICE.id)), '{"schemaVersion":1,"documentId":');
    const versions = openArticleVersions(store);
    const layer = await versions.currentLayer('wall', ALICE);
    const [message, ...others] = store.messages();
    expect(others).toEqual([]);
    expect(message?.file).toBe(join(dir, layerAnchoringPath('wall', ALICE.id)));
    expect(message?.problem).toMatch(/ends early/);
    expect(message?.action).toMatch(/Set it aside/);
    expect(await versions.pending('wall', ALICE, layer)).toHaveLength(2);
  });

  it("reads review entries an earlier build kept in the shared record as their analysts' own", async () => {
    const { store, dir, second } = await libraryWithAnnotations();
    const versions = openArticleVersions(store);
    const added = await versions.addVersion('wall', second.article, second.bytes, ALICE);
    const path = join(dir, versionsRecordPath('wall'));
    const record = JSON.parse(await readFile(path, 'utf8')) as { review: unknown[] };
    await writeFile(path, JSON.stringify({ ...record, review: added.review }));
    await rm(join(dir, layerAnchoringPath('wall', ALICE.id)));
    const layer = await store.getLayer('wall', ALICE);
    expect((await versions.pending('wall', ALICE, layer)).map((e) => e.annotationId)).toEqual(['a-edited', 'a-gone']);
  });

  it('keeps versions and review entries across closing and reopening the store', async () => {
    const { second } = await libraryWithAnnotations();
    await openArticleVersions(store!).addVersion('wall', second.article, second.bytes, ALICE);
    await store!.close();
    store = await openAs(dir!, ALICE);
    const versions = openArticleVersions(store);
    expect((await versions.record('wall')).versions.map((v) => v.number)).toEqual([1, 2]);
    expect(await versions.pending('wall', ALICE, await store.getLayer('wall', ALICE))).toHaveLength(2);
    expect((await versions.readVersion('wall', 1)).blocks.map((b) => b.text)).toEqual(V1);
  });

  it('leaves the store as it was when the new document cannot be written', async () => {
    const { store, second, aliceLayer } = await libraryWithAnnotations();
    const failing: Store = { ...store, replaceArticle: () => Promise.reject(new UserFacingError('store-failed', 'disk full')) };
    const versions = openArticleVersions(failing);
    await expect(versions.addVersion('wall', second.article, second.bytes, ALICE)).rejects.toThrow('disk full');
    expect((await store.getArticle('wall')).blocks.map((b) => b.text)).toEqual(V1);
    expect((await versions.record('wall')).versions).toHaveLength(1);
    expect(await store.getLayer('wall', ALICE)).toEqual(aliceLayer);
    expect(await versions.pending('wall', ALICE, aliceLayer)).toEqual([]);
  });

  it('refuses an invalid new version and changes nothing', async () => {
    const { store, second } = await libraryWithAnnotations();
    const versions = openArticleVersions(store);
    const broken = { ...second.article, blocks: [{ type: 'paragraph' as const, text: 'two\nlines' }] };
    await expect(versions.addVersion('wall', broken, second.bytes, ALICE)).rejects.toThrow(/cannot be stored/);
    expect((await versions.record('wall')).versions).toHaveLength(1);
    expect((await store.getArticle('wall')).blocks.map((b) => b.text)).toEqual(V1);
  });

  it('forgets a version whose document never replaced the old one (a crash between the two writes)', async () => {
    const { store, second } = await libraryWithAnnotations();
    const versions = openArticleVersions({ ...store, replaceArticle: () => new Promise<void>(() => {}) });
    void versions.addVersion('wall', second.article, second.bytes, ALICE);
    await expect
      .poll(() => readFile(join(dir!, versionsRecordPath('wall')), 'utf8').catch(() => ''), { timeout: 5_000 })
      .toContain('wall-v2.html');
    const fresh = openArticleVersions(store);
    expect((await fresh.record('wall')).versions.map((v) => v.fileName)).toEqual(['wall-v1.txt']);
    expect(await fresh.pending('wall', ALICE, await store.getLayer('wall', ALICE))).toEqual([]);
  });

  it('says which versions exist when asked for another', async () => {
    const { store } = await libraryWithAnnotations();
    await expect(openArticleVersions(store).readVersion('wall', 3)).rejects.toThrow('The article has no version 3; it has 1.');
  });
});
