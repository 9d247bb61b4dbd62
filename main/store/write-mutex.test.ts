import { spawnSync } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from './test-support/fixtures';
import { MUTEX_STALE_AFTER_MS, withWriteMutex } from './write-mutex';

describe('the write mutex of a shared file', () => {
  it('runs one holder at a time and leaves nothing behind', async () => {
    const dir = await makeTempDir();
    const path = join(dir, '.library.json.writing');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        withWriteMutex(path, async () => {
          most = Math.max(most, ++inside);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a mutex left by a dead process on this machine, or by any process long ago', async () => {
    const dir = await makeTempDir();
    const path = join(dir, '.settings.json.writing');
    await writeFile(path, JSON.stringify({ pid: spawnSync(process.execPath, ['-e', '']).pid, hostname: hostname() }));
    expect(await withWriteMutex(path, () => Promise.resolve('ran'))).toBe('ran');
    await writeFile(path, JSON.stringify({ pid: 1, hostname: 'another-machine' }));
    const longAgo = new Date(Date.now() - MUTEX_STALE_AFTER_MS - 5_000);
    await utimes(path, longAgo, longAgo);
    expect(await withWriteMutex(path, () => Promise.resolve('ran'))).toBe('ran');
    expect(await readdir(dir)).toEqual([]);
  });
});
