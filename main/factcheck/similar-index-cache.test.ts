import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimilarIndex } from '../../shared/similar';
import { makeTempDir } from '../store/test-support/fixtures';
import { cachedSimilarIndex } from './similar-index-cache';

let storeDir: string;
let cacheDir: string;
let builds = 0;

async function build() {
  builds += 1;
  const index = createSimilarIndex();
  index.upsert({ key: 'factcheck:bridge', kind: 'factcheck', text: 'The new bridge cost forty million dollars.' });
  return index;
}

beforeAll(async () => {
  storeDir = await makeTempDir();
  cacheDir = await makeTempDir();
  await mkdir(join(storeDir, 'annotations', 'jobs'), { recursive: true });
  await writeFile(join(storeDir, 'library.json'), '[]');
  await writeFile(join(storeDir, 'annotations', 'jobs', 'alice.json'), '{}');
});

afterAll(async () => {
  await rm(storeDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

describe('cachedSimilarIndex', () => {
  it('builds the index once, then loads it while the store is unchanged, answering the same', async () => {
    const first = await cachedSimilarIndex({ dir: storeDir }, build, cacheDir);
    const second = await cachedSimilarIndex({ dir: storeDir }, build, cacheDir);
    expect([first.fromCache, second.fromCache, builds]).toEqual([false, true, 1]);
    expect(second.index.search({ text: 'The new bridge cost $40 million.' })).toEqual(
      first.index.search({ text: 'The new bridge cost $40 million.' }),
    );
  });

  it('builds again after a save to an annotation layer, a change file or the fact-checks', async () => {
    for (const [path, content] of [
      ['annotations/jobs/alice.json', '{"changed":true}'],
      ['annotations/jobs/alice.changes/0001.json', '{}'],
      ['factchecks.json', '[]'],
    ] as const) {
      const before = builds;
      await mkdir(join(storeDir, path, '..'), { recursive: true });
      await writeFile(join(storeDir, path), content);
      expect((await cachedSimilarIndex({ dir: storeDir }, build, cacheDir)).fromCache, path).toBe(false);
      expect(builds).toBe(before + 1);
      expect((await cachedSimilarIndex({ dir: storeDir }, build, cacheDir)).fromCache, path).toBe(true);
    }
  });

  it('builds again over a damaged saved index', async () => {
    const [file] = (await readdir(cacheDir)).filter((f) => f.endsWith('.json'));
    const version = (await readFile(join(cacheDir, file!), 'utf8')).split('\n')[0]!;
    await writeFile(join(cacheDir, file!), `${version}\n{"format":`);
    expect((await cachedSimilarIndex({ dir: storeDir }, build, cacheDir)).fromCache).toBe(false);
  });
});
