import { spawnSync } from 'node:child_process';
import { cp, open, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLE } from '../../shared/report/fixtures/report-fixture';
import { runCli } from './run-cli';
import { openFixtureStore } from '../export/test-support/fixture-store';
import { openStore } from '../store/open-store';
import { findStoreFileProblems } from '../store/test-support/check-store-files';
import { ALICE, makeAnnotation } from '../store/test-support/fixtures';

const DOC = FIXTURE_ARTICLE.id;
const work = spawnSync('mktemp', ['-d', join(tmpdir(), 'factmark-full-disk-XXXXXX')], { encoding: 'utf8' }).stdout.trim();
const disk = join(work, 'disk');
/** A real file system of 2 MB, so filling it is quick; mounting needs root (or CAP_SYS_ADMIN), as in CI's container. */
const mounted = spawnSync('sh', ['-c', `mkdir -p '${disk}' && mount -t tmpfs -o size=2m tmpfs '${disk}'`], { encoding: 'utf8' });
const skipReason =
  mounted.status === 0
    ? undefined
    : `cannot mount a small tmpfs here (${(mounted.stderr || mounted.error?.message || 'mount failed').trim()}); the full-disk tests need root`;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Fills the disk to the brim but for `spare` bytes (rounded to its pages), with a filler file to delete later. */
async function fillDisk(spare: number): Promise<string> {
  const reserve = join(disk, 'reserve');
  if (spare > 0) await writeFile(reserve, Buffer.alloc(spare));
  const filler = join(disk, `filler-${Date.now()}`);
  const handle = await open(filler, 'w');
  try {
    for (const size of [256 * 1024, 4096, 1]) {
      for (;;) {
        const written = await handle.write(Buffer.alloc(size)).then(
          ({ bytesWritten }) => bytesWritten,
          () => 0,
        );
        if (written < size) break;
      }
    }
  } finally {
    await handle.close();
  }
  if (spare > 0) await unlink(reserve);
  return filler;
}

/** Lock, temp and mutex files anywhere in the store. */
async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((name) => /\.lock|\.tmp-|\.writing|\.partial/.test(name));
}

let seeded: string;
let w3cAna: string;
let w3cBo: string;

beforeAll(async () => {
  if (skipReason) return;
  seeded = join(work, 'seeded');
  await (await openFixtureStore(seeded)).close();
  w3cAna = join(work, 'ana.json');
  w3cBo = join(work, 'bo.json');
  await run('export', DOC, '--format', 'w3c', '--analysts', 'ana', '--out', w3cAna, '--store', seeded);
  await run('export', DOC, '--format', 'w3c', '--analysts', 'bo', '--out', w3cBo, '--store', seeded);
});

afterAll(async () => {
  if (!skipReason) spawnSync('umount', [disk]);
  await rm(work, { recursive: true, force: true });
});

describe('a store on a disk filled to the brim', () => {
  beforeEach((context) => context.skip(skipReason !== undefined, skipReason));

  it('factmark annotations import exits 1 naming the file and the full disk, and the layer on disk keeps every annotation acknowledged before', async () => {
    const dir = join(disk, 'nearly-full');
    await cp(seeded, dir, { recursive: true });
    expect((await run('annotations', 'import', DOC, w3cAna, '--as', 'mallory', '--store', dir)).code).toBe(0);
    const layer = join(dir, 'annotations', DOC, 'mallory.json');
    const before = await readFile(layer, 'utf8');
    const filler = await fillDisk(2048);
    try {
      const result = await run('annotations', 'import', DOC, w3cBo, '--as', 'mallory', '--store', dir);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        new RegExp(
          `^factmark: The disk holding \\S+ is full: the change to ${layer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} was not saved; free space and try again\\.$`,
        ),
      );
      expect(await readFile(layer, 'utf8')).toBe(before);
      expect(await leftovers(dir)).toEqual([]);
      expect(await findStoreFileProblems(dir)).toEqual([]);
    } finally {
      await unlink(filler);
    }
    const again = await run('annotations', 'import', DOC, w3cBo, '--as', 'mallory', '--store', dir);
    expect(again.code).toBe(0);
    const count = (text: string) => (JSON.parse(text) as { annotations: unknown[] }).annotations.length;
    expect(count(await readFile(layer, 'utf8'))).toBeGreaterThan(count(before));
  });

  it('with no byte free, a command says the disk is full, changes nothing and leaves no lock file', async () => {
    const dir = join(disk, 'full');
    await cp(seeded, dir, { recursive: true });
    const filler = await fillDisk(0);
    try {
      const result = await run('annotations', 'import', DOC, w3cAna, '--as', 'mallory', '--store', dir);
      expect(result.code).toBe(1);
      expect(result.err).toBe(
        `factmark: The disk holding ${dir} is full: the store ${dir} could not be opened for writing and nothing was changed; free space and try again.`,
      );
      expect(await leftovers(dir)).toEqual([]);
      expect(await findStoreFileProblems(dir)).toEqual([]);
    } finally {
      await unlink(filler);
    }
  });

  it('keeps a refused change in memory and saves it once space is freed, as the app retries', async () => {
    const dir = join(disk, 'app');
    await cp(seeded, dir, { recursive: true });
    const store = await openStore({ dir, defaultAnalyst: ALICE });
    const filler = await fillDisk(0);
    const many = Array.from({ length: 40 }, (_, i) => ({ ...makeAnnotation(DOC, ALICE, i), id: `alice-${i}` }));
    await expect(store.applyToLayer(DOC, ALICE, { upsert: many, remove: [] })).rejects.toThrow(
      /is full: the change to .*alice\.json was not saved/,
    );
    await unlink(filler);
    await store.applyToLayer(DOC, ALICE, { upsert: [], remove: [] });
    await store.close();
    const reopened = await openStore({ dir, defaultAnalyst: ALICE, readOnly: true });
    expect((await reopened.getLayer(DOC, ALICE)).length).toBe(40);
    await reopened.close();
  });
});
