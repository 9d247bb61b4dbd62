import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCommand } from '../../shared/ipc/channels';
import { LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { openStore, type Store } from '../store';
import { analystLockName, layerPath } from '../store/store-paths';
import { ALICE, BOB, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { openCasebook, type Casebook } from './casebook';
import { storeIdentity } from './identity-file';

let ids = 0;
const open: { store: Store; casebook: Casebook }[] = [];
afterEach(async () => {
  ids = 0;
  for (const { store, casebook } of open.splice(0)) {
    await casebook.close();
    await store.close();
  }
});

async function openAs(dir: string, analyst = ALICE) {
  const store = await openStore({ dir, defaultAnalyst: analyst, lockName: analystLockName(analyst.id) });
  const casebook = openCasebook({
    store,
    identity: storeIdentity(store),
    newId: () => `r${++ids}`,
    now: () => new Date('2026-03-01T10:00:00Z'),
  });
  open.push({ store, casebook });
  return { store, casebook };
}

function bobLayer(notes: string[]): AnnotationLayer {
  return {
    schemaVersion: LAYER_SCHEMA_VERSION,
    documentId: 'doc',
    analyst: BOB,
    annotations: notes.map((note, i) => makeAnnotation('doc', BOB, i, note)),
  };
}

/** Resolves with the next command the casebook sends, or rejects after `ms`. */
function nextCommand(casebook: Casebook, ms = 3000): Promise<AppCommand> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (stop(), reject(new Error('no command within the time'))), ms);
    const stop = casebook.onCommand((command) => {
      clearTimeout(timer);
      stop();
      resolve(command);
    });
  });
}

async function setUp() {
  const dir = await makeTempDir();
  const alice = await openAs(dir);
  await alice.store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
  await alice.store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 0, 'mine')], remove: [] });
  return { dir, ...alice };
}

describe('the casebook', () => {
  it("reloads a colleague's layer when it changes on disk, and leaves the analyst's own alone", async () => {
    const { dir, store, casebook } = await setUp();
    const bobFile = join(dir, layerPath('doc', 'bob'));
    await writeFile(bobFile, JSON.stringify(bobLayer(['first'])));
    const before = await casebook.handlers['layers:list']({ documentId: 'doc' });
    expect(before.colleagues.map((c) => c.annotations.map((a) => a.body.note))).toEqual([['first']]);
    const ownFile = await readFile(join(dir, layerPath('doc', 'alice')), 'utf8');

    const heard = nextCommand(casebook);
    await writeFile(bobFile, JSON.stringify(bobLayer(['first', 'second'])));
    expect(await heard).toBe('colleague-layers-changed');
    const after = await casebook.handlers['layers:list']({ documentId: 'doc' });
    expect(after.colleagues[0]?.annotations.map((a) => a.body.note)).toEqual(['first', 'second']);
    expect(after.colleagues[0]?.appearance.initials).toBe('BC');
    expect(await readFile(join(dir, layerPath('doc', 'alice')), 'utf8')).toBe(ownFile);
    expect((await store.getLayer('doc', ALICE)).map((a) => a.body.note)).toEqual(['mine']);
  });

  it('does not announce the analyst’s own saves as a colleague’s change', async () => {
    const { store, casebook } = await setUp();
    await casebook.handlers['layers:list']({ documentId: 'doc' });
    const heard = nextCommand(casebook, 600);
    await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1, 'another')], remove: [] });
    await casebook.handlers['review:apply']({
      documentId: 'doc',
      decide: [],
      reply: [{ annotationId: 'bob-0', analystId: 'bob', text: 'Why?' }],
    });
    await expect(heard).rejects.toThrow('no command');
  });

  it('reports a malformed colleague file changed on disk, keeps showing the last good version and never rewrites it', async () => {
    const { dir, casebook } = await setUp();
    const bobFile = join(dir, layerPath('doc', 'bob'));
    await writeFile(bobFile, JSON.stringify(bobLayer(['good'])));
    await casebook.handlers['layers:list']({ documentId: 'doc' });

    const heard = nextCommand(casebook);
    const broken = '{"schemaVersion":1,"documentId":"doc","analyst":{"id":"bob"';
    await writeFile(bobFile, broken);
    await heard;
    const listed = await casebook.handlers['layers:list']({ documentId: 'doc' });
    expect(listed.colleagues[0]?.annotations.map((a) => a.body.note)).toEqual(['good']);
    expect(listed.problems).toEqual([
      { file: bobFile, problem: expect.stringMatching(/ends early.*The version read before is shown\./) as unknown },
    ]);
    expect(await readFile(bobFile, 'utf8')).toBe(broken);
    expect((await readdir(join(dir, 'annotations', 'doc'))).sort()).toEqual(['alice.json', 'bob.json', 'reviews']);
  });

  it("refuses a colleague file that claims to be someone else's", async () => {
    const { dir, casebook } = await setUp();
    await writeFile(join(dir, layerPath('doc', 'carol')), JSON.stringify(bobLayer(['sneaky'])));
    const listed = await casebook.handlers['layers:list']({ documentId: 'doc' });
    expect(listed.colleagues).toEqual([]);
    expect(listed.problems[0]?.problem).toMatch(/belongs to bob/);
  });

  it('keeps decisions and threaded replies in the reviewer’s own file, and forms the adjudicated layer from what was accepted', async () => {
    const { dir, casebook } = await setUp();
    await writeFile(join(dir, layerPath('doc', 'bob')), JSON.stringify(bobLayer(['one', 'two'])));
    await casebook.handlers['review:apply']({
      documentId: 'doc',
      decide: [
        { annotationId: 'bob-0', analystId: 'bob', decision: 'accepted' },
        { annotationId: 'bob-1', analystId: 'bob', decision: 'rejected' },
      ],
      reply: [{ annotationId: 'bob-1', analystId: 'bob', text: 'This is a denial, not a claim.' }],
    });
    const review = await casebook.handlers['review:apply']({
      documentId: 'doc',
      decide: [],
      reply: [{ annotationId: 'bob-1', analystId: 'bob', parentId: 'r1', text: 'Agreed with myself.' }],
    });
    expect(review.replies.map((r) => [r.id, r.parentId, r.author.id])).toEqual([
      ['r1', undefined, 'alice'],
      ['r2', 'r1', 'alice'],
    ]);
    const listed = await casebook.handlers['layers:list']({ documentId: 'doc' });
    expect(listed.adjudicated.analyst.id).toBe('adjudicated');
    expect(listed.adjudicated.annotations.map((a) => [a.id, a.body.note])).toEqual([['bob/bob-0', 'one']]);
    const onDisk = JSON.parse(await readFile(join(dir, 'annotations', 'doc', 'reviews', 'alice.json'), 'utf8')) as { decisions: unknown[] };
    expect(onDisk.decisions).toHaveLength(2);
    await expect(
      casebook.handlers['review:apply']({
        documentId: 'doc',
        decide: [{ annotationId: 'alice-0', analystId: 'alice', decision: 'accepted' }],
        reply: [],
      }),
    ).rejects.toThrow(/your own/);
  });

  it("imports a colleague's file as their layer, never as the analyst's own, and refuses a malformed one", async () => {
    const { dir, casebook } = await setUp();
    const base64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');
    await expect(
      casebook.handlers['layers:importColleague']({ documentId: 'doc', fileName: 'bob.json', dataBase64: base64(bobLayer(['x', 'y'])) }),
    ).resolves.toEqual({ analyst: BOB, annotations: 2 });
    expect(JSON.parse(await readFile(join(dir, layerPath('doc', 'bob')), 'utf8'))).toMatchObject({ analyst: BOB });
    const mine = { ...bobLayer([]), analyst: ALICE };
    await expect(
      casebook.handlers['layers:importColleague']({ documentId: 'doc', fileName: 'me.json', dataBase64: base64(mine) }),
    ).rejects.toThrow(/your own/);
    await expect(
      casebook.handlers['layers:importColleague']({ documentId: 'doc', fileName: 'bad.json', dataBase64: base64('{"__proto__":{}}') }),
    ).rejects.toThrow(/bad\.json/);
    expect((await casebook.handlers['layers:list']({ documentId: 'doc' })).colleagues).toHaveLength(1);
  });

  it('lets a colleague open the same folder and lists the article they add', async () => {
    const { dir, store, casebook } = await setUp();
    const bob = await openAs(dir, BOB);
    expect(bob.store.listArticles().map((a) => a.id)).toEqual(['doc']);
    await casebook.handlers['layers:list']({ documentId: 'doc' });
    const heard = nextCommand(casebook);
    await bob.store.addArticle(makeArticle('bobs', '2026-01-02T10:00:00.000Z'), sourceBytesFor('bobs'));
    expect(await heard).toBe('library-changed');
    expect(store.listArticles().map((a) => a.id)).toEqual(['bobs', 'doc']);
  });
});
