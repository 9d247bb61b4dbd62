import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../shared/anchoring';
import { createDispatch, type Dispatch } from './ipc-edge';
import type { Annotation } from '../../shared/model/annotation';
import { toPlainText } from '../../shared/text/plain-text';
import { openStore, type Store } from '../store';
import { createHandlersOver } from './test-support/handlers-over-store';

const analyst = { id: 'ana', name: 'Ana Analyst' };
const article = `Harbour tanks were full, director says

By Mira Okafor | 14 March 2025

The director said the tanks were full on March 3.

Advertisement

Records show the last delivery was on February 11.

Related: more storm coverage
`;

let dir: string;
let store: Store;
let dispatch: Dispatch;
let ids = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-handlers-'));
  store = await openStore({ dir, defaultAnalyst: analyst });
  dispatch = createDispatch(createHandlersOver(store, { newId: () => `doc-${++ids}`, now: () => new Date('2026-11-27T10:00:00Z') }));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(channel: string, payload: unknown): Promise<unknown> {
  const result = await dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function annotationOn(text: string, quote: string, documentId: string, id = 'a1'): Annotation {
  const start = text.indexOf(quote);
  return {
    schemaVersion: 1,
    id,
    documentId,
    creator: analyst,
    created: '2026-11-27T10:00:00.000Z',
    modified: '2026-11-27T10:00:00.000Z',
    body: { tag: 'claim', note: '' },
    target: { source: documentId, selector: describeSpan(text, start, start + quote.length) },
  };
}

describe('IPC handlers through the dispatcher', () => {
  it('imports a file, lists it and opens it with its annotations', async () => {
    const summary = (await call('document:import', { fileName: 'tanks.txt', dataBase64: Buffer.from(article).toString('base64') })) as {
      id: string;
      title: string;
    };
    expect(summary.title).toBe('Harbour tanks were full, director says');
    expect(await call('library:list', {})).toEqual([expect.objectContaining({ id: summary.id, fileName: 'tanks.txt' })]);

    const opened = (await call('document:open', { documentId: summary.id })) as { article: { blocks: { text: string }[] } };
    const text = toPlainText(opened.article.blocks);
    expect(text).not.toContain('Advertisement');
    await call('annotations:apply', {
      documentId: summary.id,
      upsert: [annotationOn(text, 'Records show the last delivery was on February 11.', summary.id)],
      remove: [],
    });

    const reopened = (await call('document:open', { documentId: summary.id })) as { annotations: Annotation[] };
    expect(reopened.annotations.map((a) => a.target.selector.quote.exact)).toEqual(['Records show the last delivery was on February 11.']);
  });

  it('restores a dropped line and moves the annotations after it to their new place', async () => {
    const { id } = (await call('document:importText', { text: article })) as { id: string };
    const before = (await call('document:open', { documentId: id })) as {
      article: { blocks: { text: string }[]; cleaning: { dropped: { line: number; text: string }[] } };
    };
    const text = toPlainText(before.article.blocks);
    await call('annotations:apply', {
      documentId: id,
      upsert: [annotationOn(text, 'Records show the last delivery was on February 11.', id)],
      remove: [],
    });

    const ad = before.article.cleaning.dropped.find((d) => d.text === 'Advertisement')!;
    const after = (await call('document:restoreLines', { documentId: id, lines: [ad.line] })) as {
      article: { blocks: { text: string }[] };
      annotations: Annotation[];
    };
    const newText = toPlainText(after.article.blocks);
    expect(newText).toContain('Advertisement');
    const { start, end } = after.annotations[0]!.target.selector.position;
    expect(newText.slice(start, end)).toBe('Records show the last delivery was on February 11.');
    expect(start).toBeGreaterThan(text.indexOf('Records show'));
  });

  it('refuses malformed requests and annotations of other analysts, changing nothing', async () => {
    const { id } = (await call('document:importText', { text: article })) as { id: string };
    const opened = (await call('document:open', { documentId: id })) as { article: { blocks: { text: string }[] } };
    const text = toPlainText(opened.article.blocks);
    const foreign = { ...annotationOn(text, 'Records show', id), creator: { id: 'bo', name: 'Bo' } };

    const refused = await dispatch('annotations:apply', { documentId: id, upsert: [foreign], remove: [] });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Annotation a1 was made by Bo; only your own layer can be changed.' },
    });
    const malformed = await dispatch('annotations:apply', { documentId: id, upsert: [{ id: 'x' }], remove: [] });
    expect(malformed.ok).toBe(false);
    expect(await dispatch('shell:exec', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(((await call('document:open', { documentId: id })) as { annotations: unknown[] }).annotations).toEqual([]);
  });

  it('names the file when an import fails, and stores nothing', async () => {
    const result = await dispatch('document:import', { fileName: 'scan.pdf', dataBase64: Buffer.from('%PDF-1.4 …').toString('base64') });
    expect(result).toEqual({ ok: false, error: { code: 'import-failed', message: '"scan.pdf" is damaged or not a complete PDF.' } });
    expect(await call('library:list', {})).toEqual([]);
  });
});
