import { spawnSync } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably } from './durable-write';
import { ALICE, makeTempDir } from './test-support/fixtures';
import { ABANDONED_AFTER_MS, removeAbandonedWrites, tempFilePath } from './unfinished-writes';

const UUID = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

/** Writes a temp file of `target` named as a writer with this pid on this host would name it. */
async function leaveTemp(target: string, suffix: string, ageMs = 0): Promise<string> {
  const path = join(target, '..', `.${basename(target)}.tmp-${suffix}`);
  await writeFile(path, '{"half":');
  const when = new Date(Date.now() - ageMs);
  await utimes(path, when, when);
  return basename(path);
}

describe('temp files of cut-off writes', () => {
  it('names a temp file after the writing process and this machine', () => {
    const name = basename(tempFilePath('/store/library.json'));
    expect(name.startsWith(`.library.json.tmp-${process.pid}-`)).toBe(true);
    expect(
      name.endsWith(
        `-${hostname()
          .replace(/[^A-Za-z0-9.-]/g, '_')
          .slice(0, 64)}`,
      ),
    ).toBe(true);
  });

  it('removes those of dead processes and old ones, and keeps those a live process may still be writing', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'library.json');
    const host = hostname()
      .replace(/[^A-Za-z0-9.-]/g, '_')
      .slice(0, 64);
    const dead = await leaveTemp(target, `${deadPid()}-${UUID}-${host}`);
    const live = await leaveTemp(target, `${process.pid}-${UUID}-${host}`);
    const colleague = await leaveTemp(target, `${process.pid}-${UUID}-another-machine`);
    const oldColleague = await leaveTemp(target, `${process.pid}-${UUID}-another-machine.old`, ABANDONED_AFTER_MS + 60_000);
    const olderFactmark = await leaveTemp(target, `123-abc`);
    const oldOlderFactmark = await leaveTemp(target, `124-abc`, ABANDONED_AFTER_MS + 60_000);
    await writeFile(join(dir, 'settings.json.tmp-1-x'), 'not ours');
    await removeAbandonedWrites(target);
    const left = await readdir(dir);
    expect(left).not.toContain(dead);
    expect(left).not.toContain(oldColleague);
    expect(left).not.toContain(oldOlderFactmark);
    expect(left.sort()).toEqual([colleague, live, olderFactmark, 'settings.json.tmp-1-x'].sort());
  });

  it('leaves no temp file behind after a durable write', async () => {
    const dir = await makeTempDir();
    await writeFileDurably(join(dir, 'settings.json'), JSON.stringify({ analyst: ALICE }));
    expect(await readdir(dir)).toEqual(['settings.json']);
  });
});
