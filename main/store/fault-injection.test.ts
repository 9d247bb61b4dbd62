import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useDurableFs } from './durable-fs';
import { writeFileDurably } from './durable-write';
import { openStore } from './open-store';
import { createFaultyFs, type Fault } from './test-support/faulty-fs';
import { runFaultMatrix } from './test-support/fault-matrix';
import { ALICE, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from './test-support/fixtures';

let restoreFs: (() => void) | undefined;
afterEach(() => {
  restoreFs?.();
  restoreFs = undefined;
});

describe('store writes under injected faults', () => {
  it('keeps every acknowledged change, leaves only valid files and tells the caller, with a fault at every step of every kind of file', async () => {
    // Every step fails once (ENOSPC stands for any refusal: fsync, rename, open…); every write is cut short or loses bytes once. `npm run bench -- --section faults` adds the other errors.
    const result = await runFaultMatrix({ faults: ['ENOSPC', 'short', 'lost'] });
    expect(result.problems).toEqual([]);
    expect(result.lost).toBe(0);
    expect(Object.keys(result.injectedByFile).sort()).toEqual(
      ['annotation layers', 'backups', 'documents', 'folders', 'library', 'review files', 'settings', 'sources', 'versions'].sort(),
    );
    // Short writes are finished by the writer; every other fault refuses the change.
    expect(result.acknowledged).toBeGreaterThan(result.injected.short ?? 0);
    expect(result.refused).toBeGreaterThan(100);
  }, 300_000);
});

describe('writeFileDurably', () => {
  const faulted = async (fault: Fault, op: string) => {
    const dir = await makeTempDir();
    const path = join(dir, 'library.json');
    await writeFile(path, '{"old":true}');
    restoreFs = useDurableFs(createFaultyFs({ fault, at: (s) => s.op === op }).fs);
    const error = await writeFileDurably(path, '{"new":true}').catch((e: unknown) => e as Error);
    restoreFs();
    restoreFs = undefined;
    return { dir, path, error, content: await readFile(path, 'utf8'), left: await readdir(dir) };
  };

  it.each([
    ['ENOSPC', 'write', /^The disk holding .* is full: the change to .*library\.json was not saved; free space and try again\.$/],
    ['EDQUOT', 'write', /^Your disk quota on .* is used up: the change to .*library\.json was not saved/],
    ['EIO', 'sync', /^The disk holding .* reported an input\/output error \(EIO\): the change to .*library\.json was not saved/],
    ['EROFS', 'open', /^The disk holding .* is read-only \(EROFS\): the change to .*library\.json was not saved/],
    ['EACCES', 'rename', /^Factmark is not allowed to write in .* \(EACCES\): the change to .*library\.json was not saved/],
    ['EPERM', 'open', /^Factmark is not allowed to write in .* \(EPERM\)/],
    ['lost', 'write', /^The disk holding .* did not keep what was written \(6 of 12 bytes\): the change to .*library\.json was not saved/],
  ] as const)('on %s at %s leaves the old file and no temp file, and names the file and the cause', async (fault, op, message) => {
    const { error, content, left } = await faulted(fault, op);
    expect(error?.message).toMatch(message);
    expect(content).toBe('{"old":true}');
    expect(left).toEqual(['library.json']);
  });

  it('finishes a short write with the rest of the bytes', async () => {
    const { error, content } = await faulted('short', 'write');
    expect(error).toBeUndefined();
    expect(content).toBe('{"new":true}');
  });

  it('refuses to replace a file made read-only, even for root', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'library.json');
    await writeFile(path, '{"old":true}');
    await chmod(path, 0o444);
    await expect(writeFileDurably(path, '{"new":true}')).rejects.toThrow(`${path} is read-only: the change to it was not saved`);
    expect(await readFile(path, 'utf8')).toBe('{"old":true}');
  });
});

describe('a change the disk refused', () => {
  it('stays in memory and is saved by the next write once there is space again', async () => {
    const dir = await makeTempDir();
    const store = await openStore({ dir, defaultAnalyst: ALICE });
    await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    const full = createFaultyFs({ fault: 'ENOSPC', at: (s) => s.op === 'write' || s.op === 'copyFile', persistent: true });
    restoreFs = useDurableFs(full.fs);
    await expect(store.applyToLayer('doc', ALICE, { upsert: [makeAnnotation('doc', ALICE, 1)], remove: [] })).rejects.toThrow(
      /is full: the change to .*alice\.json was not saved/,
    );
    await expect(store.applyToLayer('doc', ALICE, { upsert: [], remove: [] })).rejects.toThrow(/is full/);
    full.heal();
    await store.applyToLayer('doc', ALICE, { upsert: [], remove: [] });
    await store.close();
    const layer = JSON.parse(await readFile(join(dir, 'annotations/doc/alice.json'), 'utf8')) as { annotations: { id: string }[] };
    expect(layer.annotations.map((a) => a.id)).toEqual(['alice-1']);
  });
});

describe('a read-only library index', () => {
  it('is reported when read, and an import is refused rather than replacing it', async () => {
    const dir = await makeTempDir();
    const first = await openStore({ dir, defaultAnalyst: ALICE });
    await first.addArticle(makeArticle('one'), sourceBytesFor('one'));
    await first.close();
    const index = join(dir, 'library.json');
    await chmod(index, 0o444);
    const before = await readFile(index, 'utf8');
    const store = await openStore({ dir, defaultAnalyst: ALICE });
    expect(store.messages()).toContainEqual({
      file: index,
      problem: 'The file is read-only.',
      action: 'Left it as it is: changes to it are not saved until it is made writable.',
    });
    await expect(store.addArticle(makeArticle('two'), sourceBytesFor('two'))).rejects.toThrow(`${index} is read-only`);
    await store.close();
    expect(await readFile(index, 'utf8')).toBe(before);
    expect((await stat(index)).mode & 0o777).toBe(0o444);
  });
});
