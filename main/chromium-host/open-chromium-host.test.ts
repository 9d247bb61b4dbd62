import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../shared/ipc/bridge';
import type { Dispatch } from '../ipc/ipc-edge';
import { CONTENT_SECURITY_POLICY } from '../app-page/content-security-policy';
import { HOST_ENTRY_URL } from './host-origin';
import { type ChromiumHost, openChromiumHost } from './open-chromium-host';

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

// A stand-in renderer: it lists the library through the bridge, records app commands, and has an
// inline script the Content-Security-Policy must stop.
const INDEX_HTML = `<!doctype html><title>Host test</title>
<script>document.title = 'inline script ran';</script>
<ul id="library"></ul><p id="commands"></p>
<script src="/app.js"></script>`;
const APP_JS = `
window.factmark['library:list']({}).then((result) => {
  document.getElementById('library').textContent = JSON.stringify(result);
});
window.factmark.onCommand((command) => { document.getElementById('commands').textContent += command + ' '; });`;

describe('openChromiumHost', () => {
  let rendererDir: string;
  let host: ChromiumHost;
  const dispatch = vi.fn<Dispatch>(async (channel) => ({ ok: true, value: [`answered ${String(channel)}`] }));
  const close = vi.fn(async () => {});

  beforeEach((context) =>
    context.skip(!executablePath, 'no Chromium at /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome'),
  );
  beforeAll(async () => {
    if (!executablePath) return;
    rendererDir = await mkdtemp(join(tmpdir(), 'factmark-host-test-'));
    await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
    await writeFile(join(rendererDir, 'app.js'), APP_JS);
    // A worker that would answer every request itself, if the page were let register it.
    await writeFile(
      join(rendererDir, 'sw.js'),
      `self.addEventListener('fetch', (event) => event.respondWith(new Response('from the worker')));`,
    );
    host = await openChromiumHost({ dispatch, close }, { headless: true, executablePath, rendererDir, onBlockedRequest: () => {} });
  });
  afterAll(async () => {
    if (!executablePath) return;
    await host?.close();
    await rm(rendererDir, { recursive: true, force: true });
  });

  it('shows the renderer, whose requests reach dispatch through window.factmark', async () => {
    await expect.poll(() => host.page.textContent('#library')).toBe(JSON.stringify({ ok: true, value: ['answered library:list'] }));
    expect(dispatch).toHaveBeenCalledWith('library:list', {});
  });

  it("serves pages with the app's Content-Security-Policy, so inline scripts do not run", async () => {
    const response = await host.page.goto(HOST_ENTRY_URL);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(await host.page.title()).toBe('Host test');
  });

  it('delivers a large answer intact (it crosses gzipped)', async () => {
    const notes = Array.from({ length: 5_000 }, (_, i) => `note ${i}: "quoted" — ünïcode`);
    dispatch.mockResolvedValueOnce({ ok: true, value: notes });
    const received = await host.page.evaluate(() => (globalThis as unknown as { factmark: Bridge }).factmark['store:messages']({}));
    expect(received).toEqual({ ok: true, value: notes });
  });

  it('delivers app commands to onCommand listeners', async () => {
    await expect.poll(() => host.page.textContent('#library')).not.toBe('');
    await host.sendCommand('toggle-sidebar');
    await expect.poll(() => host.page.textContent('#commands')).toBe('toggle-sidebar ');
  });

  // The page-side scripts are strings: this zone's types know no DOM.
  it('leaves no history to go Back into: the app is the first and only page', async () => {
    await expect.poll(() => host.page.textContent('#library')).not.toBe('');
    expect(await host.page.evaluate<number>('history.length')).toBe(1);
  });

  it('lets the app read the clipboard without a prompt', async () => {
    expect(await host.page.evaluate<string>(`navigator.permissions.query({ name: 'clipboard-read' }).then((status) => status.state)`)).toBe(
      'granted',
    );
  });

  it('closes a WebSocket the page opens, unanswered, and reports it', async () => {
    const outcome = await host.page.evaluate<string>(`new Promise((resolve) => {
      const socket = new WebSocket('wss://tracker.example.com/live');
      socket.onopen = () => resolve('opened');
      socket.onclose = () => resolve('closed');
      socket.onerror = () => resolve('error');
    })`);
    expect(outcome).not.toBe('opened');
    expect(host.blockedRequests).toContain('wss://tracker.example.com/live');
  });

  it('gives the page no service worker, which could answer requests the routes never see', async () => {
    const registrations = await host.page.evaluate<number>(`(async () => {
      await Promise.resolve(navigator.serviceWorker.register('/sw.js')).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (await navigator.serviceWorker.getRegistrations()).length;
    })()`);
    expect(registrations).toBe(0);
  });

  // Leaves the page on Chromium's error page, so it runs after the tests that use the app.
  it('aborts and reports a request to anywhere else', async () => {
    await expect(host.page.goto('https://news.example.com/story')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(host.blockedRequests).toContain('https://news.example.com/story');
  });

  it('closes the services once when the analyst closes the window, however often close is called', async () => {
    await host.page.close();
    await host.closed;
    await host.close();
    expect(close).toHaveBeenCalledOnce();
  });
});

describe('openChromiumHost in a running browser (how the e2e suite runs one app per story)', () => {
  beforeEach((context) =>
    context.skip(!executablePath, 'no Chromium at /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome'),
  );

  it('opens the app in a context of its own, and closing the app closes its services but not the browser', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, chromiumSandbox: false });
    const rendererDir = await mkdtemp(join(tmpdir(), 'factmark-host-test-'));
    try {
      await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
      await writeFile(join(rendererDir, 'app.js'), APP_JS);
      const dispatch = vi.fn<Dispatch>(async (channel) => ({ ok: true, value: [`answered ${String(channel)}`] }));
      const close = vi.fn(async () => {});
      const first = await openChromiumHost({ dispatch, close }, { headless: true, rendererDir, browser, onBlockedRequest: () => {} });
      const listed = JSON.stringify({ ok: true, value: ['answered library:list'] });
      await expect.poll(() => first.page.textContent('#library')).toBe(listed);
      const second = await openChromiumHost({ dispatch, close }, { headless: true, rendererDir, browser, onBlockedRequest: () => {} });
      expect(second.context).not.toBe(first.context);
      await first.page.close();
      await first.closed;
      expect(close).toHaveBeenCalledOnce();
      expect(browser.isConnected()).toBe(true);
      await expect.poll(() => second.page.textContent('#library')).toBe(listed);
      await second.close();
    } finally {
      await browser.close();
      await rm(rendererDir, { recursive: true, force: true });
    }
  });
});
