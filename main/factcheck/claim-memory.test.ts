import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteForGood } from '../casebook/delete-for-good';
import { openStore, type Store } from '../store';
import { ALICE, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import type { FactCheck } from '../../shared/factcheck/fact-check';
import { ClaimMemory } from './claim-memory';
import { openFactChecksFile } from './fact-checks-file';

// Every insertion into the app's index is noted with the event-loop turn it ran in.
const probe = vi.hoisted(() => ({ turn: 0, insertedIn: [] as number[] }));
vi.mock('../../shared/similar', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/similar')>();
  return {
    ...actual,
    createSimilarIndex: () => {
      const index = actual.createSimilarIndex();
      return {
        ...index,
        upsert: (entry: Parameters<typeof index.upsert>[0]) => {
          probe.insertedIn.push(probe.turn);
          index.upsert(entry);
        },
      };
    },
  };
});

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

function factCheck(n: number, rating = 'False'): FactCheck {
  return {
    key: `https://checks.example/${n}`,
    claim: `Town number ${n} built ${n} new bridges across the river in ${2000 + (n % 20)}.`,
    url: `https://checks.example/${n}`,
    publisher: 'Example Checks',
    rating,
    imported: '2026-12-07T10:00:00.000Z',
    updated: '2026-12-07T10:00:00.000Z',
  };
}

async function writeFactChecks(factChecks: FactCheck[]): Promise<void> {
  await openFactChecksFile({ storeDir: dir, readOnly: false, report: () => {} }).write(factChecks);
}

/** Counts turns of the event loop while `work` runs, noting the turn each index insertion happened in. */
async function turnsDuring(work: Promise<unknown>): Promise<void> {
  let done = false;
  const tick = (): void => {
    if (done) return;
    probe.turn += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work;
  done = true;
}

function mostInOneTurn(): number {
  const perTurn = new Map<number, number>();
  for (const turn of probe.insertedIn) perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1);
  return Math.max(0, ...perTurn.values());
}

describe('ClaimMemory with many fact-checks', () => {
  it('lets other work run while it indexes thousands of fact-checks, then finds them', async () => {
    await writeFactChecks(Array.from({ length: 2_000 }, (_, n) => factCheck(n)));
    probe.insertedIn.length = 0;
    await turnsDuring(memory.find({ text: 'bridge' }));
    expect(probe.insertedIn.length).toBeGreaterThanOrEqual(2_000);
    // IPC and saves wait for at most one turn's worth of entries, not for the whole build.
    expect(mostInOneTurn()).toBeLessThanOrEqual(100);
    const [best] = await memory.find({ text: 'Town number 1234 built 1234 new bridges across the river in 2014.' });
    expect(best?.entry).toMatchObject({ key: 'factcheck:https://checks.example/1234', verdict: 'False' });
  });

  it('indexes again only the claim a save changed, however many the article holds', async () => {
    const many = Array.from({ length: 500 }, (_, n) => ({
      ...claimOn('port', `Bridge number ${n} opened in ${1500 + n}`),
      id: `port-claim-${n}`,
    }));
    await store.applyToLayer('port', ALICE, { upsert: many, remove: [] });
    await memory.find({ text: 'bridge' });
    await store.applyToLayer('port', ALICE, {
      upsert: [{ ...many[7]!, body: { ...many[7]!.body, claim: { statement: 'The ferry sank in 1907', status: 'unstarted' as const } } }],
      remove: [many[8]!.id],
    });
    probe.insertedIn.length = 0;
    const [ferry] = await memory.find({ text: 'The ferry sank in 1907' });
    expect(probe.insertedIn).toHaveLength(1);
    expect(ferry?.entry.text).toBe('The ferry sank in 1907');
    expect(await memory.find({ text: 'Bridge number 8 opened in 1508' }, 20)).not.toContainEqual(
      expect.objectContaining({ entry: expect.objectContaining({ text: 'Bridge number 8 opened in 1508' }) }),
    );
  });

  it('indexes again only the fact-check whose entry changed, by key', async () => {
    await writeFactChecks(Array.from({ length: 2_000 }, (_, n) => factCheck(n)));
    await memory.find({ text: 'bridge' });
    await writeFactChecks(Array.from({ length: 2_000 }, (_, n) => factCheck(n, n === 7 ? 'Mostly false' : 'False')));
    probe.insertedIn.length = 0;
    await memory.find({ text: 'bridge' });
    expect(probe.insertedIn).toHaveLength(1);
    const [seven] = await memory.find({ text: 'Town number 7 built 7 new bridges across the river in 2007.' });
    expect(seven?.entry.verdict).toBe('Mostly false');
  });
});
