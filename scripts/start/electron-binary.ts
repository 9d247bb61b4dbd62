import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Electron's executable is, or why there is none. */
export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Locates the Electron executable the way `require('electron')` does (path.txt, then dist/,
 * honouring ELECTRON_OVERRIDE_DIST_PATH), but reports absence instead of throwing, and checks the
 * file is really there: path.txt can survive a failed download.
 */
export function locateElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packageDir = join(root, 'node_modules', 'electron');
  if (!existsSync(packageDir)) return { found: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { found: false, reason: 'node_modules/electron/path.txt is missing' };
  const executable = readFileSync(pathFile, 'utf8').trim();
  const path = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable) : join(packageDir, 'dist', executable);
  return existsSync(path) ? { found: true, path } : { found: false, reason: `${path} is missing` };
}

/**
 * Runs Electron's own installer (node_modules/electron/install.js), which downloads the binary,
 * giving up after `timeoutMs`: offline machines often hang rather than fail. Resolves to null on
 * success, else to a short reason.
 */
export function installElectronBinary(root: string, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      resolve(`download timed out after ${timeoutMs / 1000} s`);
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve(`installer could not run: ${error.message}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? null : `download failed: ${firstErrorLine(stderr) ?? `exit code ${code}`}`);
    });
  });
}

function firstErrorLine(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error/i.test(line));
}
