import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../shared/anchoring';
import { createDispatch, type Dispatch } from './ipc-edge';
import type { Annotation } from '../../shared/model/annotation';
import type { DocumentLayers } from '../../shared/review/review-contract';
import { openStore, type Store } from '../store';
import { versionsRecordPath } from '../store/article-versions';
import { layerPath } from '../store/store-paths';
import { BOB, makeAnnotation, makeArticle, sourceBytesFor } from '../store/test-support/fixtures';
import { createHandlersOver } from './test-support/handlers-over-store';
import { anchorColleagueLayers } from './version-handlers';

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
  dispatch = createDispatch(createHandlersOver(store, { newId: () => `doc-${++ids}`, now: () => new Date(`2026-11-27T10:00:0${ids}Z`) }));
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

  it('rebuilds a damaged versions file from the archived versions and says so through store:messages, naming the file', async () => {
    const first = await call('document:import', file(false, 'fares-monday.html'));
    await call('document:addVersion', { documentId: first['id'], ...file(true, 'fares-tuesday.html') });
    const path = join(dir, versionsRecordPath(first['id'] as string));
    await writeFile(path, '{"schemaVersion": 1, "documentId": ');
    const versions = await call('document:versions', { documentId: first['id'] });
    expect((versions['versions'] as { fileName: string }[]).map((v) => v.fileName)).toEqual(['fares-monday.html', 'fares-tuesday.html']);
    const messages = (await dispatch('store:messages', {})) as { ok: true; value: { file: string; problem: string; action: string }[] };
    expect(messages.value.map((m) => m.file)).toEqual([path, path]);
    expect(messages.value[0]!.problem).toMatch(/ends early/);
    expect(messages.value[0]!.action).toMatch(/Set it aside as versions\.json\.corrupt-/);
    expect(messages.value[1]!.action).toBe('Rebuilt it from the earlier version kept beside it; the article is at version 2.');
    expect((await readdir(join(dir, 'versions', first['id'] as string))).some((n) => n.startsWith('versions.json.corrupt-'))).toBe(true);
  });
});

describe('anchorColleagueLayers', () => {
  const SENTENCE = 'The minister said the bridge opened in 2019.';

  /** Bob's annotation on `quote` as his layer held it on an earlier version, where the text sat `shift` characters later. */
  function olderAnnotation(quote: string, shift: number, id: string): Annotation {
    const older = `${'x'.repeat(shift)}Headline of wall\n\n${quote}`;
    const start = older.indexOf(quote);
    return {
      ...makeAnnotation('wall', BOB, 1),
      id,
      target: { source: 'wall', selector: describeSpan(older, start, start + quote.length) },
    };
  }

  it("places a colleague's layer on the current text in memory, and leaves out, naming the file, what cannot be placed", async () => {
    await store.addArticle(makeArticle('wall'), sourceBytesFor('wall'));
    const moved = olderAnnotation(SENTENCE, 25, 'moved');
    const gone = olderAnnotation('A sentence the publisher has since removed from the story entirely.', 0, 'gone');
    const colleague = { analyst: BOB, appearance: { initials: 'BC', colour: '#123456' }, annotations: [moved, gone] };
    const list = async () =>
      ({ colleagues: [colleague], adjudicated: { annotations: [moved] }, problems: [] }) as unknown as DocumentLayers;
    const answer = await anchorColleagueLayers(store, list)['layers:list']({ documentId: 'wall' });

    const placed = answer.colleagues[0]!.annotations;
    expect(placed.map((a) => a.id)).toEqual(['moved']);
    const text = `Headline of wall\n\n${SENTENCE}`;
    expect(text.slice(placed[0]!.target.selector.position.start, placed[0]!.target.selector.position.end)).toBe(SENTENCE);
    expect(answer.adjudicated.annotations[0]!.target.selector.position.start).toBe(text.indexOf(SENTENCE));
    expect(answer.problems).toEqual([
      {
        file: join(dir, layerPath('wall', BOB.id)),
        problem: expect.stringContaining('1 annotation by Bob Checker cannot be placed') as unknown,
      },
    ]);
    expect(colleague.annotations).toEqual([moved, gone]);
  });
});
