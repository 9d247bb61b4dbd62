import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The Electron version package-lock.json pins, or null when the lock does not name one. Electron
 * is an optional dependency, so npm drops the whole package when its binary cannot be downloaded.
 */
export function lockedElectronVersion(root: string): string | null {
  try {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages?: Record<string, { version?: string }> };
    return lock.packages?.['node_modules/electron']?.version ?? null;
  } catch {
    return null;
  }
}

/** How to run a command; injectable so tests need no network. */
export type RunCommand = (command: string, args: string[], cwd: string) => { status: number | null; stdout: string; stderr: string };

const runCommand: RunCommand = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? result.error?.message ?? '' };
};

/**
 * Puts the electron package's own files (its type definitions, install.js and the `electron`
 * module) back into node_modules without running its download, after npm dropped the optional
 * dependency because the binary could not be fetched. The build, the type checker and
 * `npm run electron:download` need those files; only the binary is missing. The package comes
 * from the npm registry (through npm's cache), which the install just reached. Returns null on
 * success, else why it could not.
 */
export function restoreElectronPackage(root: string, run: RunCommand = runCommand): string | null {
  const version = lockedElectronVersion(root);
  if (!version) return 'package-lock.json names no electron version';
  const scratch = mkdtempSync(join(tmpdir(), 'factmark-electron-pack-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = run(npm, ['pack', `electron@${version}`, '--pack-destination', scratch, '--silent'], root);
    const tarball = packed.stdout.trim().split('\n').pop()?.trim();
    if (packed.status !== 0 || !tarball) return `npm pack electron@${version} failed: ${firstLine(packed.stderr)}`;
    const target = join(root, 'node_modules', 'electron');
    mkdirSync(target, { recursive: true });
    const extracted = run('tar', ['-xzf', join(scratch, tarball), '-C', target, '--strip-components=1'], root);
    if (extracted.status !== 0 || !existsSync(join(target, 'package.json'))) {
      rmSync(target, { recursive: true, force: true });
      return `unpacking electron@${version} failed: ${firstLine(extracted.stderr)}`;
    }
    return null;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] || 'no output';
}
