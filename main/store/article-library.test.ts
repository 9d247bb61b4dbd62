import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './open-store';
import { analystLockName, documentPath } from './store-paths';
import { ALICE, BOB, makeArticle, makeTempDir, sourceBytesFor } from './test-support/fixtures';

const opened: Store[] = [];
/** The casebook as one analyst's app opens it: their own writer lock on the shared folder. */
async function openAs(dir: string, analyst = ALICE): Promise<Store> {
  const store = await openStore({ dir, defaultAnalyst: analyst, lockName: analystLockName(analyst.id) });
  opened.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const retitled = (article: ReturnType<typeof makeArticle>, title: string) => ({ ...article, metadata: { ...article.metadata, title } });

describe('an article two analysts of a casebook have open', () => {
  it('refuses to overwrite a colleague’s newer copy of the document, then takes the change once reopened', async () => {
    const dir = await makeTempDir();
    const alice = await openAs(dir);
    await alice.addArticle(makeArticle('a1'), sourceBytesFor('a1'));
    const bob = await openAs(dir, BOB);
    const bobs = await bob.getArticle('a1');
    const alices = await alice.getArticle('a1');
    await bob.replaceArticle(retitled(bobs, 'Bob restored a line'));

    await expect(alice.replaceArticle(retitled(alices, 'Alice restored another'))).rejects.toMatchObject({
      code: 'store-failed',
      message: expect.stringMatching(/a colleague changed this article since you opened it/) as unknown,
    });
    const onDisk = JSON.parse(await readFile(join(dir, documentPath('a1')), 'utf8')) as { metadata: { title: string } };
    expect(onDisk.metadata.title).toBe('Bob restored a line');

    const reopened = await alice.getArticle('a1');
    expect(reopened.metadata.title).toBe('Bob restored a line');
    await alice.replaceArticle(retitled(reopened, 'Alice, after Bob'));
    expect(JSON.parse(await readFile(join(dir, documentPath('a1')), 'utf8'))).toMatchObject({ metadata: { title: 'Alice, after Bob' } });
  });

  it('keeps a colleague’s newer summary in the index when saving another article', async () => {
    const dir = await makeTempDir();
    const alice = await openAs(dir);
    await alice.addArticle(makeArticle('a1'), sourceBytesFor('a1'));
    const bob = await openAs(dir, BOB);
    await bob.replaceArticle(retitled(await bob.getArticle('a1'), 'Retitled by Bob'));
    await alice.addArticle(makeArticle('a2', '2026-01-02T10:00:00.000Z'), sourceBytesFor('a2'));
    const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { documents: { id: string; title: string }[] };
    expect(index.documents.map((d) => [d.id, d.title])).toEqual([
      ['a2', 'Headline of a2'],
      ['a1', 'Retitled by Bob'],
    ]);
  });

  it('keeps the rating scale a colleague chose when saving the organisation', async () => {
    const dir = await makeTempDir();
    const alice = await openAs(dir);
    await alice.updateSettings({ sampleInstalled: true });
    const bob = await openAs(dir, BOB);
    await bob.updateSettings({ ratingScale: 'five-point' });
    await alice.updateSettings({ organisation: { name: 'The Desk' } });
    const settings = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as object;
    expect(settings).toMatchObject({ ratingScale: 'five-point', organisation: { name: 'The Desk' }, sampleInstalled: true });
  });
});
