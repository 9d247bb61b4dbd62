import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';

// Every way a page can run script on its own: an inline script, handlers fired by parsing and loading.
const SCRIPTED_PAGE = `<!doctype html><html><head><title>untouched</title>
<script>document.title = 'script ran';</script></head>
<body onload="document.title = 'onload ran'"><img src="x" onerror="document.title = 'onerror ran'">
<svg onload="document.title = 'svg onload ran'"></svg><p>Text.</p></body></html>`;

// Every kind of subresource jsdom knows how to load, each tagged with who parsed the page.
const pageWithSubresources = (origin: string, from: string) => `<!doctype html><html><head>
<meta http-equiv="refresh" content="0; url=${origin}/refresh?from=${from}">
<link rel="stylesheet" href="${origin}/style.css?from=${from}">
<script src="${origin}/script.js?from=${from}"></script></head>
<body><img src="${origin}/image.png?from=${from}"><iframe src="${origin}/frame.html?from=${from}"></iframe>
<p>Text.</p></body></html>`;

describe('parseHtml', () => {
  const requests: string[] = [];
  let server: Server;
  let origin = '';
  const waiters: Array<() => void> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      waiters.forEach((wake) => wake());
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const requestsFrom = (from: string) => requests.filter((url) => url.endsWith(`from=${from}`));
  const waitForRequests = (from: string, count: number) =>
    new Promise<void>((resolve) => {
      const check = () => requestsFrom(from).length >= count && resolve();
      waiters.push(check);
      check();
    });

  it('runs no script element and no event handler', () => {
    expect(parseHtml(SCRIPTED_PAGE).title).toBe('untouched');
    // Control: the same page with scripts allowed does change the title, so the check can fail.
    const control = new JSDOM(SCRIPTED_PAGE, { runScripts: 'dangerously' });
    expect(control.window.document.title).not.toBe('untouched');
    control.window.close();
  });

  it('requests nothing a page refers to, while the same page loaded with resources does', async () => {
    parseHtml(pageWithSubresources(origin, 'safe'));
    const control = new JSDOM(pageWithSubresources(origin, 'control'), {
      resources: 'usable',
      runScripts: 'dangerously',
      url: `${origin}/`,
    });
    // The control was parsed after the safe page; once its stylesheet, script and frame have
    // arrived, any request the safe page was going to make would have arrived too.
    await waitForRequests('control', 3);
    control.window.close();
    expect(requestsFrom('safe')).toEqual([]);
  });

  it('parses a fragment into a document with a body and no window', () => {
    const fragment = parseHtml('<p>One <b>bold</b> claim.</p><p>Two.</p>');
    expect(fragment.body.querySelectorAll('p')).toHaveLength(2);
    expect(fragment.defaultView).toBeNull();
  });
});
