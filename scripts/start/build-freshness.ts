import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files `electron-vite build` writes; all must exist for the build to count as present. */
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/** Sources the build reads. Tests and TypeScript configs change no output, so they are ignored. */
export const BUILD_INPUTS = ['shared', 'main', 'renderer', 'electron.vite.config.ts', 'package.json'];

const IGNORED = /(\.test\.tsx?|\.md|tsconfig[^/\\]*\.json)$/;

/**
 * Says why the build in `root/out` must be redone, or null when it is present and newer than
 * every source file. Missing input folders are skipped (a fresh checkout may lack one).
 */
export async function findStaleBuild(root: string): Promise<string | null> {
  let oldestOutput = Infinity;
  for (const output of BUILD_OUTPUTS) {
    const time = await modifiedTime(join(root, output));
    if (time === null) return `${output} is missing`;
    oldestOutput = Math.min(oldestOutput, time);
  }
  for (const input of BUILD_INPUTS) {
    const newer = await findNewerFile(join(root, input), input, oldestOutput);
    if (newer) return `${newer} changed since the last build`;
  }
  return null;
}

/**
 * Runs `electron-vite build` in `root` when `findStaleBuild` says so; quiet when the build is
 * current. Rejects when the build fails (its own output explains why).
 */
export async function ensureBuild(root: string, log: (line: string) => void = console.log): Promise<void> {
  const reason = await findStaleBuild(root);
  if (reason === null) return;
  log(`Building Factmark (${reason})…`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`electron-vite build failed (exit code ${code})`))));
  });
}

async function findNewerFile(path: string, label: string, than: number): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return info.mtimeMs > than && !IGNORED.test(path) ? label : null;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || IGNORED.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    if (((await modifiedTime(file)) ?? 0) > than) return join(label, file.slice(path.length + 1));
  }
  return null;
}

async function modifiedTime(path: string): Promise<number | null> {
  const info = await stat(path).catch(() => null);
  return info ? info.mtimeMs : null;
}
