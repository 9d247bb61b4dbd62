import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../shared/anchoring';
import type { AppCommand } from '../../shared/ipc/channels';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { makeTempDir } from '../store/test-support/fixtures';
import { createAppServices, type AppServices } from './create-app-services';

const CLAIM = 'Passengers said the island service had already been cut twice since the summer timetable began.';

let fare: string;
let server: Server;
let services: AppServices;
let round: () => void;
let heard: AppCommand[];

const pageUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/fares`;
const page = () =>
  `<!doctype html><html><head><title>Ferry fares</title><link rel="canonical" href="${pageUrl()}"></head><body><article><h1>Ferry fares</h1><p>Fares will rise by ${fare} percent from April.</p><p>${CLAIM}</p></article></body></html>`;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await services.dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** Imports the page, tags CLAIM and turns the watch on, as an analyst would before the hour comes round. */
async function importTagAndWatch(): Promise<string> {
  const { id } = await call<{ id: string }>('document:import', {
    fileName: 'fares.html',
    dataBase64: Buffer.from(page()).toString('base64'),
  });
  const text = toPlainText((await call<{ article: Article }>('document:open', { documentId: id })).article.blocks);
  const at = new Date().toISOString();
  const start = text.indexOf(CLAIM);
  const claim = {
    schemaVersion: 1,
    id: 'claim-1',
    documentId: id,
    creator: services.store.analyst(),
    created: at,
    modified: at,
    body: { tag: 'claim', note: '' },
    target: { source: id, selector: describeSpan(text, start, start + CLAIM.length) },
  };
  await call('annotations:apply', { documentId: id, upsert: [claim], remove: [] });
  await call('archive:setWatch', { on: true });
  return id;
}

beforeEach(async () => {
  fare = 'four';
  server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page()));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  round = () => {};
  const watchTimer = {
    every: (_ms: number, run: () => void) => {
      round = run;
      return () => {};
    },
  };
  services = await createAppServices({ storeDir: await makeTempDir(), profileDir: await makeTempDir(), watchTimer });
  heard = [];
  services.onCommand((command) => heard.push(command));
});

afterEach(async () => {
  await services.close();
  server.closeAllConnections();
  server.close();
});

describe('the hourly watch', () => {
  it('tells the window the library changed once it gives an article a new version', async () => {
    const id = await importTagAndWatch();
    fare = 'nine';
    round();
    await expect.poll(() => heard.includes('library-changed'), { timeout: 20_000 }).toBe(true);
    const { versions } = await call<{ versions: unknown[] }>('document:versions', { documentId: id });
    expect(versions).toHaveLength(2);
  });

  it('says nothing when the page is unchanged', async () => {
    await importTagAndWatch();
    round();
    // Closing waits for the round under way.
    await services.close();
    expect(heard).not.toContain('library-changed');
  });
});
