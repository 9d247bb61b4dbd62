import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import type { OpenFolder } from '../ipc/library-handlers';

/** The program each system opens a folder with in its file manager. */
const OPENERS: Partial<Record<NodeJS.Platform, string>> = { darwin: 'open', win32: 'explorer' };

/** Starts a program; Node's `spawn` unless a test records the call. */
export type Spawn = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

/**
 * Shows folders with the system's own opener — `open` on macOS, `explorer` on Windows,
 * `xdg-open` elsewhere — started detached, with the path as its one argument (never through a
 * shell, so no character in a path is ever run), and left running on its own. Resolves once the
 * program has started; rejects when it cannot start (not installed), naming it. Its exit code is
 * not waited for: `explorer` exits 1 even when it opened the folder.
 */
export function openFolderWithSystem(platform: NodeJS.Platform = process.platform, start: Spawn = spawn): OpenFolder {
  const command = OPENERS[platform] ?? 'xdg-open';
  return (path) =>
    new Promise<void>((resolve, reject) => {
      const child = start(command, [path], { detached: true, stdio: 'ignore', shell: false });
      child.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Error(error.code === 'ENOENT' ? `${command} is not installed` : `${command} failed: ${error.message}`)),
      );
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    });
}
