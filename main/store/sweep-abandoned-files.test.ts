import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { ALICE, makeTempDir } from './test-support/fixtures';

const UUID = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const HOST = hostname()
  .replace(/[^A-Za-z0-9.-]/g, '_')
  .slice(0, 64);

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

describe('opening a store', () => {
  it('removes the temp files and write mutexes of writers that died, anywhere in the store, and keeps a live colleague’s', async () => {
    const dir = await makeTempDir();
    const dead = deadPid();
    await mkdir(join(dir, 'annotations', 'doc'), { recursive: true });
    await mkdir(join(dir, 'documents'), { recursive: true });
    const mutex = (pid: number) => JSON.stringify({ pid, hostname: hostname() });
    await writeFile(join(dir, `.library.json.tmp-${dead}-${UUID}-${HOST}`), '{"half":');
    await writeFile(join(dir, 'documents', `.doc.json.tmp-${dead}-${UUID}-${HOST}`), '');
    await writeFile(join(dir, 'annotations', 'doc', `.bob.json.tmp-${dead}-${UUID}-${HOST}`), '{');
    await writeFile(join(dir, '.library.json.writing'), mutex(dead));
    await writeFile(join(dir, 'documents', `.doc.json.writing.stale-${dead}-${UUID}`), mutex(dead));
    // A colleague's app (this live process stands in for it) mid-write: theirs to finish.
    await writeFile(join(dir, '.settings.json.writing'), mutex(process.pid));
    await writeFile(join(dir, 'annotations', 'doc', `.carol.json.tmp-${process.pid}-${UUID}-${HOST}`), '{');
    const store = await openStore({ dir, defaultAnalyst: ALICE });
    await store.close();
    const left = (await readdir(dir, { recursive: true })).filter((name) => /\.tmp-|\.writing/.test(name)).sort();
    expect(left).toEqual(['.settings.json.writing', join('annotations', 'doc', `.carol.json.tmp-${process.pid}-${UUID}-${HOST}`)].sort());
  });

  it('cleans nothing when opened read-only', async () => {
    const dir = await makeTempDir();
    const leftover = `.library.json.tmp-${deadPid()}-${UUID}-${HOST}`;
    await writeFile(join(dir, leftover), '{');
    const store = await openStore({ dir, defaultAnalyst: ALICE, readOnly: true });
    await store.close();
    expect(await readdir(dir)).toEqual([leftover]);
  });
});
