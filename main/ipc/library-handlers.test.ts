import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/contract';
import { openStore, type Store } from '../store';
import { ALICE, BOB, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
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
