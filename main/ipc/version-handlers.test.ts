import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../shared/ipc/dispatch';
import { openStore, type Store } from '../store';
import { createHandlers } from './handlers';

const analyst = { id: 'ana', name: 'Ana Analyst' };
const URL = 'https://tidewater-post.example/news/ferry-fares';

/** A saved page of the Tidewater Post; `edited` is the later copy, with one figure changed and a paragraph added. */
function page(edited: boolean): string {
  const paragraphs = [
    `The ferry company said on Monday that fares will rise by ${edited ? 'nine' : 'four'} percent from the first of April this year.`,
    'Passengers on the island route said the service had already been cut twice since the summer timetable began.',
    ...(edited ? ['The transport minister said the government would review the subsidy paid to the company next month.'] : []),
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Ferry fares to rise</title><link rel="canonical" href="${URL}"></head>
<body><article><h1>Ferry fares to rise on the island route</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

let dir: string;
let store: Store;
let dispatch: Dispatch;
let ids = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-version-handlers-'));
  store = await openStore({ dir, defaultAnalyst: analyst });
  dispatch = createDispatch(createHandlers({ store, newId: () => `doc-${++ids}`, now: () => new Date(`2026-11-27T10:00:0${ids}Z`) }));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const result = await dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Record<string, unknown>;
}

const file = (edited: boolean, name: string) => ({ fileName: name, dataBase64: Buffer.from(page(edited)).toString('base64') });

describe('version handlers', () => {
  it('asks before storing a file whose canonical URL matches a library article, then adds it as version 2', async () => {
    const first = await call('document:import', file(false, 'fares-monday.html'));
    const asked = await call('document:import', file(true, 'fares-tuesday.html'));
    expect(asked).toMatchObject({ id: first['id'], sameArticle: { versions: 1 } });
    expect(store.listArticles()).toHaveLength(1);

    const added = await call('document:import', { ...file(true, 'fares-tuesday.html'), versionOf: first['id'] });
    expect(added['id']).toBe(first['id']);
    const versions = await call('document:versions', { documentId: first['id'] });
    expect((versions['versions'] as { fileName: string }[]).map((v) => v.fileName)).toEqual(['fares-monday.html', 'fares-tuesday.html']);
    expect(store.listArticles()).toHaveLength(1);
  });

  it('imports the same article separately when the analyst says so', async () => {
    await call('document:import', file(false, 'fares-monday.html'));
    await call('document:import', { ...file(true, 'fares-tuesday.html'), separate: true });
    expect(store.listArticles()).toHaveLength(2);
  });

  it('compares two versions sentence by sentence', async () => {
    const first = await call('document:import', file(false, 'fares-monday.html'));
    await call('document:addVersion', { documentId: first['id'], ...file(true, 'fares-tuesday.html') });
    const diff = await call('document:diff', { documentId: first['id'], from: 1, to: 2 });
    expect(diff['sentences']).toEqual({ edited: 1, inserted: 1, deleted: 0 });
  });

  it('refuses a broken file as a new version and leaves the article as it was', async () => {
    const first = await call('document:import', file(false, 'fares-monday.html'));
    const result = await dispatch('document:addVersion', { documentId: first['id'], fileName: 'empty.html', dataBase64: '' });
    expect(result.ok).toBe(false);
    const versions = await call('document:versions', { documentId: first['id'] });
    expect(versions['versions']).toHaveLength(1);
    const opened = await call('document:open', { documentId: first['id'] });
    expect(JSON.stringify(opened['article'])).toContain('four percent');
  });
});
