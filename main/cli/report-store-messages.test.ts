import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BO, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../../shared/report/fixtures/report-fixture';
import { openFixtureStore } from '../export/test-support/fixture-store';
import { openStore } from '../store';
import { useDurableFs } from '../store/durable-fs';
import { createFaultyFs } from '../store/test-support/faulty-fs';
import { runCli } from './run-cli';

const DOC = FIXTURE_ARTICLE.id;
let seeded: string;
let work: string;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh copy of the seeded store, so each command meets the damage first-hand. */
async function copyOfStore(): Promise<string> {
  const dir = await mkdtemp(join(work, 'store-'));
  await cp(seeded, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'factmark-cli-recovery-'));
  seeded = join(work, 'seeded');
  await (await openFixtureStore(seeded)).close();
  // A second session rotates Bo's layer into the backups, so a damaged layer has one to fall back on.
  const again = await openStore({ dir: seeded, defaultAnalyst: BO });
  await again.applyToLayer(DOC, BO, { upsert: FIXTURE_ANNOTATIONS.filter((a) => a.creator.id === BO.id), remove: [] });
  await again.close();
});

let restoreFs: (() => void) | undefined;
afterEach(() => {
  restoreFs?.();
  restoreFs = undefined;
});

describe('every command that reads a store names a damaged file on stderr', () => {
  const boLayer = (dir: string) => join(dir, 'annotations', DOC, 'bo.json');

  async function damagedLayerStore(): Promise<string> {
    const dir = await copyOfStore();
    await writeFile(boLayer(dir), '{"schemaVersion":1,"documentId":');
    return dir;
  }

  it('export: the colleague layer it fell back to a backup for', async () => {
    const dir = await damagedLayerStore();
    const result = await run('export', DOC, '--format', 'w3c', '--out', join(dir, 'out.json'), '--store', dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain(`factmark: ${boLayer(dir)}: The file ends early`);
    expect(result.err).toMatch(/Loaded the backup/);
  });

  it('annotations import: the layer it set aside', async () => {
    const dir = await damagedLayerStore();
    const w3c = join(work, 'bo.w3c.json');
    await run('export', DOC, '--format', 'w3c', '--analysts', 'bo', '--out', w3c, '--store', seeded);
    const result = await run('annotations', 'import', DOC, w3c, '--as', 'bo', '--store', dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain(`factmark: ${boLayer(dir)}: The file ends early`);
    expect(result.err).toMatch(/Set it aside as bo\.json\.corrupt-/);
  });

  it('agreement: the layer it read from a backup', async () => {
    const dir = await damagedLayerStore();
    const result = await run('agreement', DOC, '--store', dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain(`factmark: ${boLayer(dir)}: The file ends early`);
  });

  it('list and import: a damaged library index', async () => {
    for (const argv of [['list'], ['import', join(import.meta.dirname, 'fixtures', 'wire-story.txt')]]) {
      const dir = await copyOfStore();
      await writeFile(join(dir, 'library.json'), 'not json');
      const result = await run(...argv, '--store', dir);
      expect(result.code).toBe(0);
      expect(result.err).toContain(`factmark: ${join(dir, 'library.json')}: The file is not valid JSON`);
    }
  });

  it('annotations import: a read-only layer file is reported and left as it was', async () => {
    const dir = await copyOfStore();
    const { chmod } = await import('node:fs/promises');
    const before = await readFile(boLayer(dir), 'utf8');
    await chmod(boLayer(dir), 0o444);
    const w3c = join(work, 'bo-readonly.w3c.json');
    await run('export', DOC, '--format', 'w3c', '--analysts', 'ana', '--out', w3c, '--store', seeded);
    const result = await run('annotations', 'import', DOC, w3c, '--as', 'bo', '--store', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`factmark: ${boLayer(dir)}: The file is read-only.`);
    expect(result.err).toContain(`${boLayer(dir)} is read-only: the change to it was not saved`);
    expect(await readFile(boLayer(dir), 'utf8')).toBe(before);
  });
});

describe('a full disk on the command line', () => {
  it('exits 1 naming the file and the cause, with no stack trace, the old layer untouched and no lock or temp file left', async () => {
    const dir = await copyOfStore();
    const layer = join(dir, 'annotations', DOC, 'bo.json');
    const before = await readFile(layer, 'utf8');
    const w3c = join(work, 'ana.w3c.json');
    await run('export', DOC, '--format', 'w3c', '--analysts', 'ana', '--out', w3c, '--store', seeded);
    restoreFs = useDurableFs(
      createFaultyFs({ fault: 'ENOSPC', at: (step) => step.op === 'write' && /bo\.json|\/bo\//.test(step.path) }).fs,
    );
    const result = await run('annotations', 'import', DOC, w3c, '--as', 'bo', '--store', dir);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `factmark: The disk holding ${join(dir, 'annotations', DOC)} is full: the change to ${layer} was not saved; free space and try again.`,
    );
    expect(await readFile(layer, 'utf8')).toBe(before);
    const left = await readdir(dir, { recursive: true });
    expect(left.filter((name) => /\.lock|\.tmp-|\.writing/.test(name))).toEqual([]);
  });
});
