import { afterEach, expect, it } from 'vitest';
import { openStore, type Store } from './open-store';
import { ALICE, makeTempDir } from './test-support/fixtures';

const opened: Store[] = [];
async function open(dir: string): Promise<Store> {
  const store = await openStore({ dir, defaultAnalyst: ALICE });
  opened.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

it('two changes asked for at once both land, in memory and on disk', async () => {
  const dir = await makeTempDir();
  const store = await open(dir);
  const at = '2026-12-07T06:00:00.000Z';
  await Promise.all([
    store.libraryState.update(ALICE.id, (s) => ({ ...s, titles: { ...s.titles, a1: 'Renamed' } })),
    store.libraryState.update(ALICE.id, (s) => ({ ...s, opened: { ...s.opened, a1: { at, offset: 40 } } })),
    store.libraryState.update(ALICE.id, (s) => ({ ...s, trashed: { ...s.trashed, a2: at } })),
  ]);
  const expected = { titles: { a1: 'Renamed' }, opened: { a1: { at, offset: 40 } }, trashed: { a2: at } };
  expect(await store.libraryState.get(ALICE.id)).toMatchObject(expected);
  await store.close();
  opened.splice(0);
  expect(await (await open(dir)).libraryState.get(ALICE.id)).toMatchObject(expected);
});

it('a change that throws leaves the state as it was, and later changes still apply', async () => {
  const store = await open(await makeTempDir());
  await store.libraryState.update(ALICE.id, (s) => ({ ...s, titles: { a1: 'First' } }));
  await expect(
    store.libraryState.update(ALICE.id, () => {
      throw new Error('refused');
    }),
  ).rejects.toThrow('refused');
  await store.libraryState.update(ALICE.id, (s) => ({ ...s, titles: { ...s.titles, a2: 'Second' } }));
  expect((await store.libraryState.get(ALICE.id)).titles).toEqual({ a1: 'First', a2: 'Second' });
});
