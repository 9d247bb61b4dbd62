import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type CDPSession, type Page } from '@playwright/test';
import type { Annotation } from '../shared/model/annotation';
import { IDENTITY_FILE } from '../main/casebook/identity-file';
import { SAMPLE_TITLE } from './pages/sample-article';
import { E2E_IDENTITY } from './support/app-fixture';
import { PROJECT_ROOT } from './support/project-root';

// The contract an outside tool relies on: `npm start -- --remote-debugging-port=PORT` opens the
// real app window (here on a virtual display), and keys sent as raw DevTools Protocol input events
// act on what they select. Needs an X server to show the window on: Xvfb where there is no display.
const XVFB = '/usr/bin/Xvfb';
test.skip(!process.env.DISPLAY && !existsSync(XVFB), 'no display and no Xvfb to open the app window on');
test.setTimeout(120_000);

/** Key events as a remote tool sends them: keyDown with its text, then keyUp. */
async function press(cdp: CDPSession, key: string, code: string, keyCode: number): Promise<void> {
  const text = key.length === 1 ? key : undefined;
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, ...(text ? { text } : {}) });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
}
const J = ['j', 'KeyJ', 74] as const;
const K = ['k', 'KeyK', 75] as const;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts Xvfb on the first free display and resolves with its name, e.g. ":3". */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(data.toString().trim()));
    child.once('exit', () => reject(new Error('Xvfb exited')));
  });
  return { display: `:${number}`, process: child };
}

async function connect(port: number): Promise<Page> {
  for (;;) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const pages = browser.contexts().flatMap((c) => c.pages());
      const page = pages.find((p) => !p.url().startsWith('data:') && p.url() !== 'about:blank');
      if (page) return page;
      await browser.close();
    } catch {
      // The window is not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function storedAnnotations(storeDir: string): Promise<Annotation[]> {
  const root = join(storeDir, 'annotations');
  const found: Annotation[] = [];
  for (const doc of await readdir(root)) {
    for (const file of await readdir(join(root, doc))) {
      if (!file.endsWith('.json')) continue;
      const stored = JSON.parse(await readFile(join(root, doc, file), 'utf8')) as { annotations?: Annotation[] };
      found.push(...(stored.annotations ?? []));
    }
  }
  return found;
}

test('over the DevTools protocol, a note typed with N after moving with J/K lands on the selected sentence’s annotation', async () => {
  const home = await mkdtemp(join(tmpdir(), 'factmark-cdp-'));
  const storeDir = join(home, 'store');
  await mkdir(join(home, 'config', 'Factmark'), { recursive: true });
  await writeFile(join(home, 'config', 'Factmark', IDENTITY_FILE), JSON.stringify(E2E_IDENTITY));
  const xvfb = process.env.DISPLAY ? null : await startXvfb();
  const port = await freePort();
  const app = spawn('npm', ['start', '--', `--remote-debugging-port=${port}`, '--store', storeDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), ...(xvfb ? { DISPLAY: xvfb.display } : {}) },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const page = await connect(port);
    const cdp = await page.context().newCDPSession(page);
    await page.getByTestId('library-item').filter({ hasText: SAMPLE_TITLE }).click();
    await expect(page.getByTestId('article')).toBeFocused();

    // Evidence on one sentence, a claim on the next; then away and back with K/J.
    for (let i = 0; i < 8; i++) await press(cdp, ...J);
    await press(cdp, '3', 'Digit3', 51);
    await press(cdp, ...J);
    await press(cdp, '1', 'Digit1', 49);
    await press(cdp, ...K);
    await press(cdp, ...J);
    const selected = await page.locator('.reader-selection').allTextContents();
    await press(cdp, 'n', 'KeyN', 78);
    await expect(page.locator('[data-testid="card-note"]:focus')).toBeVisible();
    await cdp.send('Input.insertText', { text: 'the selected claim' });
    await press(cdp, 'Escape', 'Escape', 27);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

    await expect
      .poll(async () => (await storedAnnotations(storeDir)).map((a) => [a.body.tag, a.body.note ?? '', a.target.selector.quote.exact]))
      .toEqual(
        expect.arrayContaining([
          ['claim', 'the selected claim', selected.join('')],
          ['evidence', '', expect.any(String)],
        ]),
      );
  } finally {
    if (app.pid) process.kill(-app.pid, 'SIGTERM');
    await new Promise((resolve) => (app.exitCode === null ? app.once('exit', resolve) : resolve(null)));
    xvfb?.process.kill();
    await rm(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
