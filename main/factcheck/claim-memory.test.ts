import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteForGood } from '../casebook/delete-for-good';
import { openStore, type Store } from '../store';
import { ALICE, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { ClaimMemory } from './claim-memory';

let dir: string;
let store: Store;
let memory: ClaimMemory;

function claimOn(documentId: string, statement: string) {
  const exact = 'The minister said the bridge opened in 2019.';
  return {
    schemaVersion: 1 as const,
    id: `${documentId}-claim`,
    documentId,
    creator: ALICE,
    created: '2026-01-01T10:00:00.000Z',
    modified: '2026-01-01T10:00:00.000Z',
    body: { tag: 'claim' as const, note: '', claim: { statement, status: 'unstarted' as const } },
    target: {
      source: documentId,
      selector: {
        quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
      },
    },
  };
}

beforeEach(async () => {
  dir = await makeTempDir();
  store = await openStore({ dir, defaultAnalyst: ALICE });
  for (const id of ['port', 'kept']) {
    await store.addArticle(makeArticle(id), sourceBytesFor(id));
    await store.applyToLayer(id, ALICE, { upsert: [claimOn(id, 'The bridge opened in 2019')], remove: [] });
  }
  memory = new ClaimMemory({ ...store, onCommand: () => () => {} });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ClaimMemory', () => {
  it('forgets the claims of an article deleted for good', async () => {
    const docs = async () => (await memory.find({ text: 'The bridge opened in 2019' })).map((m) => m.entry.docId).sort();
    expect(await docs()).toEqual(['kept', 'port']);
    await deleteForGood(store, ALICE, ['port']);
    expect(await docs()).toEqual(['kept']);
  });
});
