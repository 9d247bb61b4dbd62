import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../store/test-support/fixtures';
import { runCli } from '../run-cli';

const PAGE = `<!doctype html><html><head><title>Water tariffs rise</title></head><body><article><h1>Water tariffs rise</h1>
<p>The water authority raised household tariffs by 12 per cent on Monday, its second rise this year.</p>
<p>Officials said the increase would pay for replacing pipes that lose a third of the city's water.</p></article></body></html>`;

let server: Server;
let base: string;
let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
  server = createServer((request, response) => {
    if (request.url === '/tariffs') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else response.writeHead(404).end();
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

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('factmark archive', () => {
  it('prints the snapshot it stored: where it ended, status, type, time, hash and record', async () => {
    const { code, out } = await run('archive', `${base}/tariffs`, '--store', dir);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'url',
      'final_url',
      'status',
      'content_type',
      'retrieved',
      'sha256',
      'bytes',
      'title',
      'snapshot',
    ]);
    expect(printed).toMatchObject({
      final_url: `${base}/tariffs`,
      status: 200,
      content_type: 'text/html',
      title: 'Water tariffs rise',
      bytes: Buffer.byteLength(PAGE),
    });
    expect(await readFile(join(dir, 'sources', printed.sha256 as string), 'utf8')).toBe(PAGE);
    const record = JSON.parse(await readFile(join(dir, printed.snapshot as string), 'utf8')) as { text: string };
    expect(record.text).toContain('raised household tariffs by 12 per cent');
  }, 60_000);

  it('fails with the reason when the page is gone', async () => {
    const { code, err } = await run('archive', `${base}/gone`, '--store', dir);
    expect(code).toBe(1);
    expect(err).toBe(`factmark: ${base}/gone was not archived: the server answered 404 Not Found.`);
  });
});
