import { EventEmitter } from 'node:events';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openFolderWithSystem, type Spawn } from './open-folder-with-system';

/** A spawn that records each call and lets the test say whether the program started. */
function recordingSpawn(outcome: 'spawn' | NodeJS.ErrnoException) {
  const calls: { command: string; args: readonly string[]; options: SpawnOptions; unref: boolean }[] = [];
  const start: Spawn = (command, args, options) => {
    const child = new EventEmitter() as ChildProcess;
    const call = { command, args, options, unref: false };
    child.unref = () => void (call.unref = true);
    calls.push(call);
    queueMicrotask(() => (outcome === 'spawn' ? child.emit('spawn') : child.emit('error', outcome)));
    return child;
  };
  return { calls, start };
}

const TRICKY = '/home/ana/My Casebook; rm -rf ~ $(echo hi)';

describe('openFolderWithSystem', () => {
  it.each([
    ['linux', 'xdg-open'],
    ['darwin', 'open'],
    ['win32', 'explorer'],
  ] as const)('on %s starts %s detached, with the path as its one argument and no shell', async (platform, command) => {
    const { calls, start } = recordingSpawn('spawn');
    await openFolderWithSystem(platform, start)(TRICKY);
    expect(calls).toEqual([{ command, args: [TRICKY], options: expect.objectContaining({ detached: true, shell: false }), unref: true }]);
  });

  it('says which opener is missing when it cannot start', async () => {
    const { start } = recordingSpawn(Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' }));
    await expect(openFolderWithSystem('linux', start)('/tmp')).rejects.toThrow('xdg-open is not installed');
  });
});
