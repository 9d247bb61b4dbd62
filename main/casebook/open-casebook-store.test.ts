import { readdir, rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Creator } from '../../shared/model/annotation';
import { openStore } from '../store';
import { makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { openCasebookStore } from './open-casebook-store';

/** The analyst each machine's operating-system user was before casebooks, and the new id each would get now. */
const ANA_OS_USER: Creator = { id: 'ana', name: 'ana' };
const BEN_OS_USER: Creator = { id: 'ben', name: 'ben' };
const BEN_NEW: Creator = { id: 'ben-k3x9q2', name: 'ben' };

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A store Ana used on her own before casebooks: her name set, the sample installed, an article. */
async function makeAnasStore(): Promise<string> {
  const dir = await tempDir();
  const store = await openStore({ dir, defaultAnalyst: ANA_OS_USER });
  await store.updateSettings({ analyst: { id: 'ana', name: 'Ana Lopez' }, sampleInstalled: true });
  await store.addArticle(makeArticle('a1'), sourceBytesFor('a1'));
  await store.close();
  return dir;
}

describe('opening a casebook on a machine that has no identity yet', () => {
  it('starts a colleague as a new analyst of their own, never as the analyst the casebook names', async () => {
    const casebook = await makeAnasStore();
    const { store, identity } = await openCasebookStore({
      storeDir: casebook,
      profileDir: await tempDir(),
      fallback: BEN_NEW,
      osUser: BEN_OS_USER,
    });
    expect(identity.get().analyst).toEqual(BEN_NEW);
    expect(await readdir(casebook)).toContain('factmark.ben-k3x9q2.lock');
    await store.applyToLayer('a1', identity.get().analyst, { upsert: [makeAnnotation('a1', BEN_NEW, 1)], remove: [] });
    await store.close();
    expect(await readdir(`${casebook}/annotations/a1`)).toEqual(['ben-k3x9q2.json']);
  });

  it('keeps the analyst of this machine’s own store from before casebooks, with their name', async () => {
    const own = await makeAnasStore();
    const fresh = { id: 'ana-p0q1r2', name: 'ana' };
    const { store, identity } = await openCasebookStore({
      storeDir: own,
      profileDir: await tempDir(),
      fallback: fresh,
      osUser: ANA_OS_USER,
    });
    expect(identity.get().analyst).toEqual({ id: 'ana', name: 'Ana Lopez' });
    await store.close();
  });
});
