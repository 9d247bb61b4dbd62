import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPlainText } from '../import/import-article';
import { openStore } from './open-store';

const analyst = { id: 'ana', name: 'Ana' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-rediscover-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function addArticle(id: string, title: string): Promise<void> {
  const store = await openStore({ dir, defaultAnalyst: analyst });
  const bytes = Buffer.from(`${title}\n\nThe council said the bridge would reopen in May.\n`);
  await store.addArticle(importPlainText({ fileName: `${id}.txt`, bytes }, id, new Date()), bytes);
  await store.close();
}

describe('a lost library index', () => {
  it('is rebuilt from the documents in the store, and the analyst is told', async () => {
    await addArticle('first', 'Bridge to reopen in May');
    await addArticle('second', 'Council denies budget overrun');
    await writeFile(join(dir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":');

    const store = await openStore({ dir, defaultAnalyst: analyst });
    expect(
      store
        .listArticles()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['first', 'second']);
    const message = store.messages().at(-1);
    expect(message).toMatchObject({ file: join(dir, 'library.json'), action: 'Added them back to the library.' });
    expect(message?.problem).toContain('"Council denies budget overrun"');
    await store.close();

    const reopened = await openStore({ dir, defaultAnalyst: analyst });
    expect(reopened.listArticles()).toHaveLength(2);
    expect(reopened.messages()).toEqual([]);
    await reopened.close();
  });
});
