import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../shared/anchoring';
import { createDispatch, type Dispatch } from './ipc-edge';
import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { watchRound } from '../archive/watch-schedule';
import { openStore, type Store } from '../store';
import { createHandlersOver } from './test-support/handlers-over-store';

const analyst = { id: 'ana', name: 'Ana Analyst' };
const CLAIM = 'Passengers on the island route said the service had already been cut twice since the summer timetable began.';

let server: Server;
let base: string;
/** What the server answers for /fares: the page as first published, or edited since. */
let served: 'first' | 'edited' | 'gone' = 'first';

function page(edited: boolean): string {
  const paragraphs = [
    ...(edited ? ['The transport minister said the government would review the subsidy paid to the company next month.'] : []),
    `The ferry company said on Monday that fares will rise by ${edited ? 'nine' : 'four'} percent from the first of April this year.`,
    CLAIM,
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Ferry fares to rise</title><link rel="canonical" href="${base}/fares"></head>
<body><article><h1>Ferry fares to rise on the island route</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/fares' && served !== 'gone')
      response.writeHead(200, { 'content-type': 'text/html' }).end(page(served === 'edited'));
    else response.writeHead(404, 'Not Found').end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

let dir: string;
let store: Store;
let dispatch: Dispatch;
let clock: Date;

beforeEach(async () => {
  served = 'first';
  clock = new Date('2026-12-07T09:00:00.000Z');
  dir = await mkdtemp(join(tmpdir(), 'factmark-watch-'));
  store = await openStore({ dir, defaultAnalyst: analyst });
  dispatch = createDispatch(createHandlersOver(store, { newId: () => 'fares', now: () => clock }));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function call<T = Record<string, unknown>>(channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** Imports the page as first published and tags CLAIM as a claim, an hour later. */
async function importAndTag(): Promise<string> {
  const html = Buffer.from(page(false)).toString('base64');
  const { id } = await call<{ id: string }>('document:import', { fileName: 'fares.html', dataBase64: html });
  const { article } = await call<{ article: Article }>('document:open', { documentId: id });
  const text = toPlainText(article.blocks);
  const start = text.indexOf(CLAIM);
  clock = new Date('2026-12-07T10:00:00.000Z');
  const claim: Annotation = {
    schemaVersion: 1,
    id: 'claim-1',
    documentId: id,
    creator: analyst,
    created: clock.toISOString(),
    modified: clock.toISOString(),
    body: { tag: 'claim', note: '' },
    target: { source: id, selector: describeSpan(text, start, start + CLAIM.length) },
  };
  await call('annotations:apply', { documentId: id, upsert: [claim], remove: [] });
  clock = new Date('2026-12-07T11:00:00.000Z');
  return id;
}

describe('document:checkForChanges', () => {
  it('adds a changed page as version 2 with the claim re-anchored, and the library marks the article', async () => {
    const id = await importAndTag();
    served = 'edited';
    const answer = await call<{ changed: boolean; added: { version: { number: number } } }>('document:checkForChanges', { documentId: id });
    expect(answer.changed).toBe(true);
    expect(answer.added.version.number).toBe(2);

    const { article } = await call<{ article: Article }>('document:open', { documentId: id });
    const text = toPlainText(article.blocks);
    expect(text).toContain('nine percent');
    const [claim] = await store.getLayer(id, analyst);
    const { start, end } = claim!.target.selector.position;
    expect(text.slice(start, end)).toBe(CLAIM);
    expect(await call('document:diff', { documentId: id, from: 1, to: 2 })).toMatchObject({ sentences: { edited: 1, inserted: 1 } });
    expect(await call('document:changedAtSource', {})).toEqual({ changed: [{ documentId: id, since: '2026-12-07T11:00:00.000Z' }] });
  });

  it('adds nothing for an unchanged page and says since when it is unchanged', async () => {
    const id = await importAndTag();
    const answer = await call('document:checkForChanges', { documentId: id });
    expect(answer).toMatchObject({ changed: false, since: '2026-12-07T09:00:00.000Z', added: null });
    expect(await call<{ versions: unknown[] }>('document:versions', { documentId: id })).toMatchObject({ versions: [{ number: 1 }] });
    expect(await call('document:changedAtSource', {})).toEqual({ changed: [] });
  });

  it('says clearly when the page is gone or the server is offline, and changes nothing', async () => {
    const id = await importAndTag();
    served = 'gone';
    const gone = await dispatch('document:checkForChanges', { documentId: id });
    expect(gone).toMatchObject({ ok: false, error: { message: `${base}/fares was not checked: the server answered 404 Not Found.` } });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    const offline = await dispatch('document:checkForChanges', { documentId: id });
    expect(offline).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/was not checked: it could not be fetched \(ECONNREFUSED\)/u) },
    });
    server.listen(Number(new URL(base).port), '127.0.0.1');
    await once(server, 'listening');
    expect(await call('document:versions', { documentId: id })).toMatchObject({ versions: [{ number: 1 }] });
    expect(await call('document:changedAtSource', {})).toEqual({ changed: [] });
  });

  it('refuses an article with no web address', async () => {
    const { id } = await call<{ id: string }>('document:importText', { text: 'A pasted note with no address.', title: 'Note' });
    const answer = await dispatch('document:checkForChanges', { documentId: id });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no web address/u) } });
  });
});

describe('the hourly watch', () => {
  it('checks annotated articles only while the setting is on', async () => {
    const id = await importAndTag();
    served = 'edited';
    const check = (documentId: string) => call<{ changed: boolean }>('document:checkForChanges', { documentId });
    const deps = { store, analyst: () => analyst, check };
    expect(await watchRound({ ...deps, isOn: () => store.getSettings().watchArticles ?? false })).toEqual([]);
    expect(await call('archive:setWatch', { on: true })).toEqual({ on: true });
    expect(await watchRound({ ...deps, isOn: () => store.getSettings().watchArticles ?? false })).toEqual([id]);
    expect(await watchRound({ ...deps, isOn: () => true })).toEqual([]);
  });
});
