import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCommand } from '../../shared/ipc/channels';
import type { Annotation } from '../../shared/model/annotation';
import { openStore, type Store } from '../store';
import { ALICE, BOB, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { LibrarySearch, type SearchedStore } from './library-search';

let dir: string;
let store: Store;
let search: LibrarySearch;
const commandListeners = new Set<(command: AppCommand) => void>();

function searched(s: Store, analyst?: typeof ALICE): SearchedStore {
  return {
    dir: s.dir,
    libraryState: s.libraryState,
    ...(analyst ? { analyst: () => analyst } : {}),
    listArticles: () => s.listArticles(),
    getArticle: (id) => s.getArticle(id),
    getLayer: (docId, analyst) => s.getLayer(docId, analyst),
    onWrite: (listener) => s.onWrite(listener),
    onCommand: (listener) => (commandListeners.add(listener), () => commandListeners.delete(listener)),
  };
}

async function addArticle(id: string, importedAt?: string): Promise<void> {
  await store.addArticle(makeArticle(id, importedAt), sourceBytesFor(id));
}

function noted(docId: string, analyst: typeof ALICE, n: number, note: string, body: Partial<Annotation['body']> = {}): Annotation {
  const annotation = makeAnnotation(docId, analyst, n, note);
  return { ...annotation, body: { ...annotation.body, ...body } };
}

async function found(query: string, filters = {}): Promise<string[]> {
  const { hits } = await search.search(query, 20, filters);
  return hits.map((hit) => `${hit.docId}:${hit.field}`);
}

beforeEach(async () => {
  dir = await makeTempDir();
  store = await openStore({ dir, defaultAnalyst: ALICE });
  await addArticle('doc-a', '2026-01-01T10:00:00.000Z');
  await addArticle('doc-b', '2026-03-01T10:00:00.000Z');
  await store.applyToLayer('doc-b', ALICE, { upsert: [noted('doc-b', ALICE, 0, 'Zeppelin sightings')], remove: [] });
  search = new LibrarySearch(searched(store));
});

afterEach(async () => {
  commandListeners.clear();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('LibrarySearch', () => {
  it('leaves out the articles hidden from the analyst searching, hits and facets alike', async () => {
    await store.applyToLayer('doc-a', BOB, { upsert: [noted('doc-a', BOB, 0, 'Zeppelin over the harbour')], remove: [] });
    await store.libraryState.update(ALICE.id, (state) => ({ ...state, hidden: { 'doc-a': '2026-12-07T08:00:00.000Z' } }));
    const alices = new LibrarySearch(searched(store, ALICE));
    const { hits, facets } = await alices.search('zeppelin', 20);
    expect(hits.map((h) => h.docId)).toEqual(['doc-b']);
    expect(facets.analysts.map((a) => a.id)).toEqual([ALICE.id]);
    expect((await found('zeppelin')).sort()).toEqual(['doc-a:note', 'doc-b:note']);
    expect((await new LibrarySearch(searched(store, BOB)).search('zeppelin', 20)).hits.map((h) => h.docId).sort()).toEqual([
      'doc-a',
      'doc-b',
    ]);
  });

  it('finds titles, text and notes in every article', async () => {
    expect(await found('zeppelin')).toEqual(['doc-b:note']);
    expect((await found('bridge')).sort()).toEqual(['doc-a:text', 'doc-b:text']);
    expect(await found('headline doc-a')).toContain('doc-a:title');
  });

  it('hears a note written after the index was built, and forgets one removed', async () => {
    expect(await found('tariffs')).toEqual([]);
    await store.applyToLayer('doc-a', ALICE, { upsert: [noted('doc-a', ALICE, 1, 'Harbour tariffs doubled')], remove: [] });
    expect(await found('tariffs')).toEqual(['doc-a:note']);
    await store.applyToLayer('doc-b', ALICE, { upsert: [], remove: ['alice-0'] });
    expect(await found('zeppelin')).toEqual([]);
  });

  it('hears an article imported after the index was built', async () => {
    expect(await found('headline doc-c')).toEqual([]);
    await addArticle('doc-c');
    expect(await found('headline doc-c')).toContain('doc-c:title');
  });

  it('reads colleagues’ layers again when the casebook says they changed', async () => {
    await search.search('anything');
    await store.applyToLayer('doc-a', BOB, { upsert: [noted('doc-a', BOB, 2, 'Ferry timetable')], remove: [] });
    for (const listener of commandListeners) listener('colleague-layers-changed');
    expect(await found('ferry')).toEqual(['doc-a:note']);
  });

  it('filters by analyst, tag, verdict and the day an article was added, and lists the facets', async () => {
    await store.applyToLayer('doc-a', BOB, {
      upsert: [
        noted('doc-a', BOB, 3, '', {
          tag: 'claim',
          claim: {
            statement: 'The bridge opened in 2019',
            status: 'approved',
            verdict: { scale: 'five-point', label: 'False', justification: '', decided: '2026-01-02T10:00:00.000Z' },
          },
        } as Partial<Annotation['body']>),
      ],
      remove: [],
    });
    expect(await found('bridge', { analyst: 'bob' })).toEqual(['doc-a:claim', 'doc-a:text']);
    expect(await found('bridge', { verdict: 'false' })).toEqual(['doc-a:claim', 'doc-a:text']);
    expect(await found('bridge', { verdict: 'False' })).toEqual(['doc-a:claim', 'doc-a:text']);
    expect(await found('bridge', { status: 'approved' })).toEqual(['doc-a:claim', 'doc-a:text']);
    expect(await found('bridge', { tag: 'evidence' })).toEqual([]);
    expect(await found('bridge', { addedFrom: '2026-02-01' })).toEqual(['doc-b:text']);
    const { facets } = await search.search('', 20);
    expect(facets).toEqual({
      analysts: [
        { id: 'alice', name: 'Alice Analyst' },
        { id: 'bob', name: 'Bob Checker' },
      ],
      verdicts: ['False'],
    });
  });
});
