import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from './ipc-edge';
import type { IpcResult } from '../../shared/ipc/result';
import { openStore, type Store } from '../store';
import { createHandlersOver } from './test-support/handlers-over-store';

const analyst = { id: 'ana', name: 'Ana Analyst' };
const fixture = (...path: string[]) => readFile(join(import.meta.dirname, '..', 'import', ...path));

let dir: string;
let store: Store;
let dispatch: Dispatch;
let ids = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-import-handlers-'));
  store = await openStore({ dir, defaultAnalyst: analyst });
  dispatch = createDispatch(createHandlersOver(store, { newId: () => `doc-${++ids}`, now: () => new Date('2026-11-27T10:00:00Z') }));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const sources = async () => (await readdir(join(dir, 'sources')).catch(() => [])).sort();

describe('import:prepare', () => {
  it('answers once the worker is ready, and again at once when it already is', async () => {
    expect(await dispatch('import:prepare', {})).toEqual({ ok: true, value: {} });
    expect(await dispatch('import:prepare', {})).toEqual({ ok: true, value: {} });
  });
});

describe('document:import with an import id', () => {
  it('reports progress while a PDF is read, and cancelling stops it with nothing stored', async () => {
    const dataBase64 = (await fixture('pdf', 'fixtures', 'flood-gate-article.pdf')).toString('base64');
    const before = { library: store.listArticles(), sources: await sources() };
    const importing = dispatch('document:import', { fileName: 'flood.pdf', dataBase64, importId: 'i-1' });
    let progress: IpcResult<unknown> = { ok: true, value: null };
    while (progress.ok && progress.value === null) {
      progress = await dispatch('import:progress', { importId: 'i-1' });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(progress.ok && (progress.value as { stage: string }).stage).toMatch(/PDF|page/u);
    expect(await dispatch('import:cancel', { importId: 'i-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await importing).toEqual({
      ok: false,
      error: { code: 'import-failed', message: 'Importing "flood.pdf" was cancelled; nothing was added to the library.' },
    });
    expect({ library: store.listArticles(), sources: await sources() }).toEqual(before);
    expect(await dispatch('import:progress', { importId: 'i-1' })).toEqual({ ok: true, value: null });
    expect(await dispatch('import:cancel', { importId: 'i-1' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('leaves the store as it was when a file is broken, and says which file and why', async () => {
    const before = { library: store.listArticles(), sources: await sources() };
    const broken = [
      ['scan.pdf', await fixture('pdf', 'fixtures', 'scanned.pdf'), /"scan\.pdf" has no text layer/u],
      ['cut.pdf', await fixture('pdf', 'fixtures', 'truncated.pdf'), /"cut\.pdf" is damaged or not a complete PDF/u],
      ['data.txt', Buffer.from([0, 1, 2, 3, 0, 9, 0]), /"data\.txt" is not a text file/u],
    ] as const;
    for (const [fileName, bytes, message] of broken) {
      const result = await dispatch('document:import', { fileName, dataBase64: bytes.toString('base64') });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(message);
    }
    expect({ library: store.listArticles(), sources: await sources() }).toEqual(before);
  });
});

describe('document:importHtml', () => {
  it('imports HTML pasted from a web page, parsed in main, with its links and image placeholders', async () => {
    const html =
      '<h1>Ferry delays</h1><p>The operator said <a href="https://ferry.example/report">its report</a> showed most sailings ran on time.</p><img src="x" onerror="alert(1)" alt="Queue at the terminal"><p>Passenger groups disputed the figures.</p>';
    const result = await dispatch('document:importHtml', { html, title: 'Ferries', importId: 'p-1' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Ferries', fileName: 'Pasted web page.html' } });
    const id = (result as { value: { id: string } }).value.id;
    const article = await store.getArticle(id);
    expect(article.blocks.map((b) => b.text)).toEqual([
      'Ferry delays',
      'The operator said its report showed most sailings ran on time.',
      'Passenger groups disputed the figures.',
    ]);
    expect(article.blocks[1]!.links).toEqual([{ start: 18, end: 28, href: 'https://ferry.example/report' }]);
    expect(article.images).toEqual([{ block: 2, offset: 0, alt: 'Queue at the terminal' }]);
  });
});
