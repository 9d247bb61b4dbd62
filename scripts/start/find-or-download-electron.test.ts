import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ElectronBinary } from './electron-binary';
import { readFailedDownload, recordFailedDownload } from './electron-download-record';
import { type ElectronDownloadDeps, findOrDownloadElectron } from './find-or-download-electron';

describe('findOrDownloadElectron', () => {
  let root: string;
  let installs: number;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'factmark-electron-'));
    await mkdir(join(root, 'node_modules', 'electron'), { recursive: true });
    await writeFile(join(root, 'node_modules', 'electron', 'install.js'), '');
    installs = 0;
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const missing: ElectronBinary = { found: false, reason: 'node_modules/electron/path.txt is missing' };
  const failingDownload: ElectronDownloadDeps = {
    locate: () => missing,
    install: () => {
      installs++;
      return Promise.resolve('download failed: RequestError: getaddrinfo ENOTFOUND github.com');
    },
    restorePackage: () => null,
  };
  const quiet = () => {};

  it('tries a failing download once, then remembers it instead of waiting on every start', async () => {
    const first = await findOrDownloadElectron(root, {}, 1000, quiet, failingDownload);
    expect(first).toEqual({ found: false, reason: 'download failed: RequestError: getaddrinfo ENOTFOUND github.com' });
    const second = await findOrDownloadElectron(root, {}, 1000, quiet, failingDownload);
    expect(installs).toBe(1);
    expect(second.found).toBe(false);
    expect(!second.found && second.reason).toMatch(/ENOTFOUND github\.com, \d{4}-\d\d-\d\d; "npm run electron:download" tries again/);
  });

  it('uses the binary once it is there, and forgets the old failure', async () => {
    await recordFailedDownload(root, 'download failed');
    const found = await findOrDownloadElectron(root, {}, 1000, quiet, {
      ...failingDownload,
      locate: () => ({ found: true, path: '/opt/electron' }),
    });
    expect(found).toEqual({ found: true, path: '/opt/electron' });
    expect(await readFailedDownload(root)).toBeNull();
  });

  it('does not try at all when ELECTRON_SKIP_BINARY_DOWNLOAD is set', async () => {
    const result = await findOrDownloadElectron(root, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, 1000, quiet, failingDownload);
    expect(result).toEqual({ found: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' });
    expect(installs).toBe(0);
  });

  it('says it is downloading, and succeeds when the download does', async () => {
    const lines: string[] = [];
    let downloaded = false;
    const result = await findOrDownloadElectron(root, {}, 20_000, (line) => lines.push(line), {
      locate: () => (downloaded ? { found: true, path: '/opt/electron' } : missing),
      install: () => {
        downloaded = true;
        return Promise.resolve(null);
      },
      restorePackage: () => null,
    });
    expect(result).toEqual({ found: true, path: '/opt/electron' });
    expect(lines).toEqual(['Downloading Electron (once; at most 20 s)…']);
  });

  it('puts the package files back before downloading when npm dropped the optional dependency', async () => {
    await rm(join(root, 'node_modules', 'electron'), { recursive: true });
    let restored = 0;
    await findOrDownloadElectron(root, {}, 1000, quiet, { ...failingDownload, restorePackage: () => (restored++, null) });
    expect(restored).toBe(1);
    expect(installs).toBe(1);
  });
});
