import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/model/settings';
import { openStore, type Store } from './open-store';
import { ALICE, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from './test-support/fixtures';

const opened: Store[] = [];
async function open(dir: string, options: { readOnly?: boolean; backupIntervalMs?: number } = {}): Promise<Store> {
  const store = await openStore({ dir, defaultAnalyst: ALICE, ...options });
  opened.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** One kind of store file: how to give it distinguishable content in round n, and read back which round it holds. */
interface FileKind {
  relPath: string;
  write(store: Store, round: number): Promise<void>;
  round(store: Store): Promise<string>;
  /** The file can be rebuilt from others (the library index from the documents), so nothing is lost at all. */
  rebuilt?: true;
}

const KINDS: Record<string, FileKind> = {
  'library index': {
    relPath: 'library.json',
    write: (store, n) => store.addArticle(makeArticle(`art-${n}`), sourceBytesFor(`art-${n}`)),
    round: async (store) =>
      store
        .listArticles()
        .map((a) => a.id)
        .sort()
        .join(','),
    rebuilt: true,
  },
  settings: {
    relPath: 'settings.json',
    write: async (store, n) => void (await store.updateSettings({ analyst: { id: 'alice', name: `Alice ${n}` } })),
    round: async (store) => store.getSettings().analyst.name,
  },
  'annotation layer': {
    relPath: 'annotations/doc/alice.json',
    write: async (store, n) => {
      if (n === 1) await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
      await store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, n)], remove: [] });
    },
    round: async (store) => (await store.getLayer('doc', ALICE)).map((a) => a.id).join(','),
  },
  document: {
    relPath: 'documents/doc.json',
    write: async (store, n) => {
      const article = { ...makeArticle('doc'), metadata: { title: `Title ${n}` } };
      if (n === 1) await store.addArticle(article, sourceBytesFor('doc'));
      else await store.replaceArticle(article);
    },
    round: async (store) => (await store.getArticle('doc')).metadata.title,
  },
};

const BAD_CONTENT: Record<string, { make: (good: string) => string; problem: string }> = {
  empty: { make: () => '', problem: 'is empty' },
  truncated: { make: (good) => good.slice(0, Math.floor(good.length / 2)), problem: 'ends early' },
  'non-JSON': { make: () => 'PK\u0003\u0004 this is a zip, not JSON', problem: 'is not valid JSON' },
  null: { make: () => 'null', problem: 'does not have the expected shape' },
  'wrongly shaped': { make: () => '{"schemaVersion":1,"stuff":[]}', problem: 'does not have the expected shape' },
  'newer-version': { make: (good) => JSON.stringify({ ...JSON.parse(good), schemaVersion: 2 }), problem: 'newer Factmark (format 2' },
};

/** A store where `kind` was written in round 1 in one session and round 2 in the next, so backup 1 holds round 1. */
async function storeWithBackup(kind: FileKind): Promise<{ dir: string; round1: string; round2: string }> {
  const dir = await makeTempDir();
  const first = await open(dir);
  await kind.write(first, 1);
  const round1 = await kind.round(first);
  await first.close();
  const second = await open(dir);
  await kind.write(second, 2);
  const round2 = await kind.round(second);
  await second.close();
  return { dir, round1, round2 };
}

async function setAsideFiles(dir: string, relPath: string): Promise<string[]> {
  const folder = join(dir, relPath, '..');
  const name = relPath.split('/').pop() ?? '';
  return (await readdir(folder)).filter((f) => f.startsWith(`${name}.corrupt-`)).map((f) => join(folder, f));
}

describe.each(Object.entries(KINDS))('a damaged %s', (_name, kind) => {
  it.each(Object.entries(BAD_CONTENT))('is set aside when %s, and the newest good backup is loaded', async (_bad, { make, problem }) => {
    const { dir, round1, round2 } = await storeWithBackup(kind);
    const path = join(dir, kind.relPath);
    const badBytes = make(await readFile(path, 'utf8'));
    await writeFile(path, badBytes);

    const store = await open(dir);
    expect(await kind.round(store)).toBe(kind.rebuilt ? round2 : round1);
    expect(round1).not.toBe(round2);
    const [message, ...more] = store.messages();
    expect(more.map((m) => m.action)).toEqual(kind.rebuilt ? ['Added them back to the library.'] : []);
    expect(message?.file).toBe(path);
    expect(message?.problem).toContain(problem);
    expect(message?.action).toMatch(/Set it aside as .*\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\. Loaded the backup from/);

    await kind.write(store, 3);
    await store.close();
    const [aside, ...others] = await setAsideFiles(dir, kind.relPath);
    expect(others).toEqual([]);
    expect(await readFile(aside ?? '', 'utf8')).toBe(badBytes);
    const reopened = await open(dir);
    expect(reopened.messages()).toEqual([]);
    expect(await kind.round(reopened)).not.toBe(round1);
  });
});

describe('recovery', () => {
  it('starts empty and says so when a damaged file has no backup', async () => {
    const dir = await makeTempDir();
    const first = await open(dir);
    await first.updateSettings({ sampleInstalled: true });
    await first.close();
    await writeFile(join(dir, 'settings.json'), '{"schemaVersion":1,');
    const store = await open(dir);
    expect(store.getSettings()).toEqual({ schemaVersion: 1, analyst: ALICE, sampleInstalled: false });
    expect(store.messages()[0]?.action).toContain('No usable backup was found, so it starts empty.');
  });

  it('skips a damaged backup for an older good one', async () => {
    const kind = KINDS['annotation layer'] as FileKind;
    const { dir } = await storeWithBackup(kind);
    const third = await open(dir);
    await kind.write(third, 3);
    await third.close();
    await writeFile(join(dir, 'backups/annotations/doc/alice.json.1'), '');
    await writeFile(join(dir, 'annotations/doc/alice.json'), 'garbage');
    const store = await open(dir);
    expect(await kind.round(store)).toBe('alice-1');
    expect(store.messages()[0]?.action).toContain('alice.json.2');
  });

  it('sets aside a layer found under another analyst’s name', async () => {
    const kind = KINDS['annotation layer'] as FileKind;
    const { dir } = await storeWithBackup(kind);
    const layer = await readFile(join(dir, 'annotations/doc/alice.json'), 'utf8');
    await writeFile(join(dir, 'annotations/doc/bob.json'), layer);
    const store = await open(dir);
    expect(await store.getLayer('doc', { id: 'bob', name: 'Bob' })).toEqual([]);
    expect(store.messages()[0]?.problem).toContain('holds annotations of alice on doc, not of bob on doc');
  });

  it('reports a damaged file but leaves it in place when opened read-only', async () => {
    const kind = KINDS['library index'] as FileKind;
    const { dir, round2 } = await storeWithBackup(kind);
    await writeFile(join(dir, 'library.json'), 'null');
    const reader = await open(dir, { readOnly: true });
    expect(await kind.round(reader)).toBe(round2);
    expect(reader.messages()[0]?.action).toMatch(/^Left it in place \(opened read-only\)\. Loaded the backup/);
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe('null');
    expect(await setAsideFiles(dir, 'library.json')).toEqual([]);
  });

  it('fails to open an article whose document is lost with no backup', async () => {
    const dir = await makeTempDir();
    const first = await open(dir);
    await first.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    await first.close();
    await writeFile(join(dir, 'documents/doc.json'), '{');
    const store = await open(dir);
    const failure: unknown = await store.getArticle('doc').catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'store-failed' });
    expect((failure as Error).message).toContain('Headline of doc');
    expect(store.messages()[0]?.action).toBe(
      `Set it aside as ${(await setAsideFiles(dir, 'documents/doc.json'))[0]?.split('/').pop()}. No usable backup was found.`,
    );
  });

  it('keeps the three newest backups, rotating on the first write of a session and then once per interval', async () => {
    const dir = await makeTempDir();
    const rename = async (store: Store, n: number) => void (await store.updateSettings({ analyst: { id: 'alice', name: `Alice ${n}` } }));
    const backup = async (n: number) =>
      (JSON.parse(await readFile(join(dir, `backups/settings.json.${n}`), 'utf8')) as Settings).analyst.name;
    const first = await open(dir);
    await rename(first, 1);
    await first.close();
    const rarely = await open(dir);
    for (const n of [2, 3, 4]) await rename(rarely, n);
    await rarely.close();
    expect(await readdir(join(dir, 'backups'))).toEqual(['settings.json.1']);
    expect(await backup(1)).toBe('Alice 1');

    const often = await open(dir, { backupIntervalMs: 0 });
    for (const n of [5, 6, 7, 8, 9]) await rename(often, n);
    await often.close();
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual(['settings.json.1', 'settings.json.2', 'settings.json.3']);
    expect([await backup(1), await backup(2), await backup(3)]).toEqual(['Alice 8', 'Alice 7', 'Alice 6']);
  });
});
