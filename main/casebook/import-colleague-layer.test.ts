import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationLayerSchema } from '../../shared/model/annotation-layer';
import { openStore, type Store } from '../store';
import { analystLockName, layerPath } from '../store/store-paths';
import { ALICE, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { openCasebook, type Casebook } from './casebook';
import { storeIdentity } from './identity-file';
import { COLLEAGUE, COLLEAGUE_DOCUMENT, COLLEAGUE_TEXT, colleagueCollection, colleagueLayer } from './test-support/colleague-layer';

const open: { store: Store; casebook: Casebook }[] = [];
afterEach(async () => {
  for (const { store, casebook } of open.splice(0)) {
    await casebook.close();
    await store.close();
  }
});

/** Alice's casebook holding the article the colleague's files are about. */
async function openAlicesCasebook() {
  const dir = await makeTempDir();
  const store = await openStore({ dir, defaultAnalyst: ALICE, lockName: analystLockName(ALICE.id) });
  const article = { ...makeArticle(COLLEAGUE_DOCUMENT), blocks: [{ type: 'paragraph' as const, text: COLLEAGUE_TEXT }] };
  await store.addArticle(article, sourceBytesFor(COLLEAGUE_DOCUMENT));
  let ids = 0;
  const casebook = openCasebook({
    store,
    identity: storeIdentity(store),
    newId: () => `new-${++ids}`,
    now: () => new Date('2026-03-05T10:00:00Z'),
  });
  open.push({ store, casebook });
  return { dir, casebook };
}

const base64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64');

describe("importing a colleague's W3C export", () => {
  it('places it on the open article as their layer, with their tags where they made them', async () => {
    const { dir, casebook } = await openAlicesCasebook();
    const imported = await casebook.handlers['layers:importColleague']({
      documentId: COLLEAGUE_DOCUMENT,
      fileName: 'bob.jsonld',
      dataBase64: base64(colleagueCollection(6, true)),
    });
    expect(imported).toEqual({ analyst: COLLEAGUE, annotations: 6 });

    const stored = annotationLayerSchema.parse(JSON.parse(await readFile(join(dir, layerPath(COLLEAGUE_DOCUMENT, COLLEAGUE.id)), 'utf8')));
    const original = colleagueLayer(6, true).annotations;
    expect(stored.annotations.map((a) => [a.creator.id, a.body.tag, a.target.selector.quote.exact])).toEqual(
      original.map((a) => [COLLEAGUE.id, a.body.tag, a.target.selector.quote.exact]),
    );
    const listed = await casebook.handlers['layers:list']({ documentId: COLLEAGUE_DOCUMENT });
    expect(listed.colleagues.map((c) => [c.analyst.id, c.annotations.length])).toEqual([[COLLEAGUE.id, 6]]);
  });

  it("tells the store's write listeners about the colleague's layer it stored, like every file the casebook writes", async () => {
    const { casebook } = await openAlicesCasebook();
    const written: string[] = [];
    casebook.onWrite((path) => written.push(path));
    await casebook.handlers['layers:importColleague']({
      documentId: COLLEAGUE_DOCUMENT,
      fileName: 'bob.jsonld',
      dataBase64: base64(colleagueCollection(2, true)),
    });
    expect(written).toEqual([layerPath(COLLEAGUE_DOCUMENT, COLLEAGUE.id)]);
  });

  it('refuses an export of several analysts and leaves the casebook without a layer for them', async () => {
    const { dir, casebook } = await openAlicesCasebook();
    const collection = JSON.parse(JSON.stringify(colleagueCollection(2, false))) as { first: { items: { creator?: unknown }[] } };
    collection.first.items[1]!.creator = { id: 'urn:factmark:analyst:carol', name: 'Carol' };
    await expect(
      casebook.handlers['layers:importColleague']({
        documentId: COLLEAGUE_DOCUMENT,
        fileName: 'two.jsonld',
        dataBase64: base64(collection),
      }),
    ).rejects.toThrow(/"two\.jsonld" holds annotations by 2 analysts/);
    await expect(readFile(join(dir, layerPath(COLLEAGUE_DOCUMENT, COLLEAGUE.id)))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
