import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/model/settings';
import { makeTempDir } from '../store/test-support/fixtures';
import { createArchiveHandlers } from './archive-handlers';

const page = (second: string) => `<!doctype html><html lang="en"><head><title>Harbour tanks</title></head><body><article>
<h1>Harbour tanks</h1><p>The harbour authority said its fuel tanks were full when the storm hit the coast on Tuesday night.</p>
<p>${second}</p><p>Invoices seen by reporters show a single delivery in the week before the storm, far short of capacity.</p>
</article></body></html>`;

let server: Server;
let base: string;
let dir: string;
let second = 'The director said further records would follow within the week.';
const archiveAsked: string[] = [];
const written: string[] = [];
let settings: Pick<Settings, 'internetArchive'> = {};

beforeAll(async () => {
  dir = await makeTempDir();
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/story') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(second));
    else if (path.startsWith('/save/')) {
      archiveAsked.push(path.slice('/save/'.length));
      response.writeHead(200).end();
    } else response.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await rm(dir, { recursive: true, force: true });
});

function handlers() {
  const store = {
    dir,
    getSettings: () => settings as Settings,
    updateSettings: async (patch: Partial<Settings>) => ((settings = { ...settings, ...patch }), settings as Settings),
    reportWrite: (path: string) => written.push(path),
  };
  return createArchiveHandlers(store, {
    now: () => new Date('2026-12-07T14:03:00.000Z'),
    limits: { timeoutMs: 2_000, maxBytes: 256 * 1024, maxRedirects: 2 },
    internetArchive: `${base}/save/`,
  });
}

describe('archive:snapshot', () => {
  // The first import starts the import worker cold (jsdom, pdf.js): many seconds on a loaded machine.
  it('stores the page and tells the store’s listeners, asking the Internet Archive nothing by default', async () => {
    const { snapshot, internetArchive } = await handlers()['archive:snapshot']({ url: `${base}/story` });
    expect(snapshot).toMatchObject({ how: 'fetched', status: 200, finalUrl: `${base}/story`, retrieved: '2026-12-07T14:03:00.000Z' });
    expect(written).toEqual([`sources/${snapshot.sha256}`, snapshot.record]);
    expect(JSON.parse(await readFile(join(dir, snapshot.record), 'utf8'))).toMatchObject({ title: 'Harbour tanks' });
    expect(internetArchive).toBeNull();
    expect(archiveAsked).toEqual([]);
  }, 60_000);

  it('asks the Internet Archive to save the URL when the workspace turned that on', async () => {
    expect(await handlers()['archive:setInternetArchive']({ on: true })).toEqual({ on: true });
    const { internetArchive } = await handlers()['archive:snapshot']({ url: `${base}/story` });
    expect(archiveAsked).toEqual([`${base}/story`]);
    expect(internetArchive).toMatch(/asked to save it/u);
    settings = {};
  });
});

describe('archive:attach', () => {
  it('stores a saved copy the analyst picked as the snapshot, offline', async () => {
    const dataBase64 = Buffer.from(page(second)).toString('base64');
    const { snapshot } = await handlers()['archive:attach']({ url: 'https://news.example/story', fileName: 'story.html', dataBase64 });
    expect(snapshot).toMatchObject({ how: 'attached', finalUrl: 'story.html', title: 'Harbour tanks' });
    expect(snapshot.status).toBeUndefined();
    expect(JSON.parse(await readFile(join(dir, snapshot.record), 'utf8'))).toMatchObject({
      url: 'https://news.example/story',
      how: 'attached',
    });
  });
});

describe('archive:check', () => {
  it('says the page is unchanged, then that a sentence was edited after the publisher changed it', async () => {
    const { snapshot } = await handlers()['archive:snapshot']({ url: `${base}/story` });
    expect(await handlers()['archive:check']({ record: snapshot.record })).toMatchObject({
      changed: false,
      edited: 0,
      added: 0,
      removed: 0,
    });
    second = 'The director said no further records exist.';
    expect(await handlers()['archive:check']({ record: snapshot.record })).toMatchObject({
      changed: true,
      snapshotRetrieved: '2026-12-07T14:03:00.000Z',
    });
  });

  it('reads only snapshot records inside the store’s archive folder', async () => {
    await expect(handlers()['archive:check']({ record: '../settings.json' })).rejects.toThrow(/not a snapshot/u);
  });
});

describe('archive:openSnapshot', () => {
  it('gives back the cleaned text with its address, time and SHA-256, to read', async () => {
    second = 'The director said further records would follow within the week.';
    const { snapshot } = await handlers()['archive:snapshot']({ url: `${base}/story` });
    const opened = await handlers()['archive:openSnapshot']({ record: snapshot.record });
    expect(opened).toMatchObject({
      url: `${base}/story`,
      finalUrl: `${base}/story`,
      retrieved: '2026-12-07T14:03:00.000Z',
      sha256: snapshot.sha256,
      title: 'Harbour tanks',
      attached: false,
    });
    expect(opened.text).toContain('further records would follow within the week');
    expect(opened.text).not.toContain('<p>');
  });

  it('gives back the page’s blocks as the import made them, heading apart from paragraphs, and the HTTP status', async () => {
    const { snapshot } = await handlers()['archive:snapshot']({ url: `${base}/story` });
    const opened = await handlers()['archive:openSnapshot']({ record: snapshot.record });
    expect(opened.status).toBe(200);
    expect(opened.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual([
      'The harbour authority said its fuel tanks were full when the storm hit the coast on Tuesday night.',
      'The director said further records would follow within the week.',
      'Invoices seen by reporters show a single delivery in the week before the storm, far short of capacity.',
    ]);
    expect(opened.blocks.some((b) => b.type !== 'paragraph' && b.text === 'Harbour tanks')).toBe(true);
  });

  it('says an attached copy was not fetched: status 0', async () => {
    const dataBase64 = Buffer.from(page(second)).toString('base64');
    const { snapshot } = await handlers()['archive:attach']({ url: 'https://news.example/story', fileName: 'story.html', dataBase64 });
    expect(await handlers()['archive:openSnapshot']({ record: snapshot.record })).toMatchObject({ status: 0, attached: true });
  });

  it('opens only snapshot records inside the store’s archive folder', async () => {
    await expect(handlers()['archive:openSnapshot']({ record: 'archive/../settings.json' })).rejects.toThrow(/not a snapshot/u);
    await expect(handlers()['archive:openSnapshot']({ record: 'archive/missing.json' })).rejects.toThrow(/not in this store/u);
  });
});
