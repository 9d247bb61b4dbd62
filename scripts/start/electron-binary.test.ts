import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installElectronBinary, locateElectronBinary } from './electron-binary';

describe('locateElectronBinary', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'factmark-electron-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('says the package is missing', () => {
    expect(locateElectronBinary(root, {})).toEqual({ found: false, reason: 'the electron package is not installed' });
  });

  it('says path.txt is missing when the download never ran', async () => {
    await mkdir(join(root, 'node_modules', 'electron'), { recursive: true });
    expect(locateElectronBinary(root, {})).toEqual({ found: false, reason: 'node_modules/electron/path.txt is missing' });
  });

  it('names the missing executable when path.txt outlived the download', async () => {
    await mkdir(join(root, 'node_modules', 'electron'), { recursive: true });
    await writeFile(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    const result = locateElectronBinary(root, {});
    expect(result).toEqual({ found: false, reason: `${join(root, 'node_modules', 'electron', 'dist', 'electron')} is missing` });
  });

  it('finds the executable in dist/, or in ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const packageDir = join(root, 'node_modules', 'electron');
    await mkdir(join(packageDir, 'dist'), { recursive: true });
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    await writeFile(join(packageDir, 'dist', 'electron'), '');
    expect(locateElectronBinary(root, {})).toEqual({ found: true, path: join(packageDir, 'dist', 'electron') });

    await mkdir(join(root, 'custom'));
    await writeFile(join(root, 'custom', 'electron'), '');
    expect(locateElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'custom') })).toEqual({
      found: true,
      path: join(root, 'custom', 'electron'),
    });
  });
});

describe('installElectronBinary', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'factmark-electron-'));
    await mkdir(join(root, 'node_modules', 'electron'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const installer = (source: string) => writeFile(join(root, 'node_modules', 'electron', 'install.js'), source);

  it('resolves null when the installer succeeds', async () => {
    await installer('process.exit(0)');
    await expect(installElectronBinary(root, 5000)).resolves.toBeNull();
  });

  it("reports the installer's error line when the download fails", async () => {
    await installer("console.error('RequestError: getaddrinfo ENOTFOUND github.com'); process.exit(1)");
    await expect(installElectronBinary(root, 5000)).resolves.toBe('download failed: RequestError: getaddrinfo ENOTFOUND github.com');
  });

  it('gives up on an installer that hangs', async () => {
    await installer('setInterval(() => {}, 1000)');
    await expect(installElectronBinary(root, 300)).resolves.toBe('download timed out after 0.3 s');
  });
});
