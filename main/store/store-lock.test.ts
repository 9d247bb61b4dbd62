import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './open-store';
import { analystLockName } from './store-paths';
import { ALICE, makeTempDir } from './test-support/fixtures';

const opened: Store[] = [];
async function open(dir: string, readOnly = false): Promise<Store> {
  const store = await openStore({ dir, defaultAnalyst: ALICE, readOnly });
  opened.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}

async function writeLock(dir: string, holder: { pid: number; hostname: string; time: string }): Promise<void> {
  await writeFile(join(dir, 'factmark.lock'), JSON.stringify(holder));
}

describe('the store lock', () => {
  it('refuses a second writer while the first is open, naming the holder', async () => {
    const dir = await makeTempDir();
    await open(dir);
    await expect(open(dir)).rejects.toMatchObject({
      code: 'store-failed',
      message: `The store ${dir} is in use by another Factmark process (pid ${process.pid}). Close it and try again.`,
    });
  });

  it('records pid, host and time in the lock file and removes it on close', async () => {
    const dir = await makeTempDir();
    const store = await open(dir);
    const holder = JSON.parse(await readFile(join(dir, 'factmark.lock'), 'utf8')) as { pid: number; hostname: string; time: string };
    expect(holder).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(Date.now() - Date.parse(holder.time)).toBeLessThan(60_000);
    await store.close();
    await expect(readFile(join(dir, 'factmark.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
    await open(dir);
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = await makeTempDir();
    await writeLock(dir, { pid: deadPid(), hostname: hostname(), time: new Date().toISOString() });
    await open(dir);
    expect(await readFile(join(dir, 'factmark.lock'), 'utf8')).toContain(`"pid":${process.pid},`);
  });

  it('clears lock files left by processes killed while taking the lock', async () => {
    const dir = await makeTempDir();
    const dead = deadPid();
    await writeFile(join(dir, `factmark.lock.${dead}-0a1b`), '{}');
    await writeFile(join(dir, `factmark.lock.stale-${dead}-2c3d`), '{}');
    await writeFile(join(dir, `factmark.lock.${process.ppid}-4e5f`), '{}');
    await open(dir);
    expect((await readdir(dir)).filter((n) => n.startsWith('factmark.lock')).sort()).toEqual([
      'factmark.lock',
      `factmark.lock.${process.ppid}-4e5f`,
    ]);
  });

  it('takes over a lock from before the last boot even if its pid is alive now', async () => {
    const dir = await makeTempDir();
    await writeLock(dir, { pid: process.ppid, hostname: hostname(), time: '2000-01-01T00:00:00.000Z' });
    await open(dir);
  });

  it('takes over a lock too damaged to name its holder', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'factmark.lock'), '{"pid":');
    await open(dir);
  });

  it('refuses a lock held on another host and says how to clear it', async () => {
    const dir = await makeTempDir();
    await writeLock(dir, { pid: 4242, hostname: 'other-laptop', time: new Date().toISOString() });
    await expect(open(dir)).rejects.toThrow(/in use by another Factmark process \(pid 4242 on other-laptop\).*delete .*factmark\.lock/);
  });

  it('lets a read-only store open while another process writes', async () => {
    const dir = await makeTempDir();
    const writer = await open(dir);
    await writer.updateSettings({ sampleInstalled: true });
    const reader = await open(dir, true);
    expect(reader.getSettings().sampleInstalled).toBe(true);
    await reader.close();
    await expect(open(dir)).rejects.toMatchObject({ code: 'store-failed' });
  });
});
describe('per-analyst locks in a casebook', () => {
  it('lets two analysts open one folder and still refuses a second process of the same analyst', async () => {
    const dir = await makeTempDir();
    const asAnalyst = async (id: string) => {
      const store = await openStore({ dir, defaultAnalyst: { id, name: id }, lockName: analystLockName(id) });
      opened.push(store);
      return store;
    };
    await asAnalyst('alice');
    await asAnalyst('bob');
    await expect(asAnalyst('alice')).rejects.toMatchObject({ code: 'store-failed' });
    expect((await readdir(dir)).filter((n) => n.endsWith('.lock')).sort()).toEqual(['factmark.alice.lock', 'factmark.bob.lock']);
  });
});
