import { uptime } from 'node:os';

/** Whether a process with this pid runs on this machine (one of another user's counts). */
export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When this machine last started (ms since the epoch): a pid recorded before then names a dead process. */
export function bootTime(): number {
  return Date.now() - uptime() * 1000;
}
