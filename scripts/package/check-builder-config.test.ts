import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBuilderConfig } from './check-builder-config';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    const config = await checkBuilderConfig(projectDir);
    expect(config.appId).toBe('org.factmark.app');
  });

  it('packs the build output and package.json', async () => {
    const config = await checkBuilderConfig(projectDir);
    // electron-builder normalises `files` into file sets; the patterns sit in their filters.
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(patterns).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('builds AppImage and deb on Linux, dmg on macOS, an NSIS installer on Windows', async () => {
    const config = await checkBuilderConfig(projectDir);
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
  });

  it('flips the fuses: no running as Node, no NODE_OPTIONS or --inspect, only its own integrity-checked app.asar', async () => {
    const config = await checkBuilderConfig(projectDir);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it("gives every target Factmark's own icon: 1024 px for macOS and Windows, 16 to 512 px for Linux", async () => {
    const config = await checkBuilderConfig(projectDir);
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.png');
    expect(await pngSize(join(projectDir, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(config.linux?.icon).toBe('build/icons');
    const linuxIcons = (await readdir(join(projectDir, 'build/icons'))).sort((a, b) => parseInt(a) - parseInt(b));
    expect(linuxIcons).toEqual([
      '16x16.png',
      '24x24.png',
      '32x32.png',
      '48x48.png',
      '64x64.png',
      '128x128.png',
      '256x256.png',
      '512x512.png',
    ]);
    for (const name of linuxIcons) {
      const side = parseInt(name);
      expect(await pngSize(join(projectDir, 'build/icons', name))).toEqual({ width: side, height: side });
    }
  });

  it('says before packing whether it signs and notarises, from the environment', async () => {
    const config = await checkBuilderConfig(projectDir);
    expect(config.beforePack).toBe('./scripts/package/signing-status.mjs');
    const hook = (await import(join(projectDir, 'scripts/package/signing-status.mjs'))) as { default: unknown };
    expect(typeof hook.default).toBe('function');
  });
});

describe('checkBuilderConfig', () => {
  it('rejects a configuration with a key electron-builder does not know, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factmark-builder-'));
    try {
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
      await writeFile(join(dir, 'bad.yml'), 'appId: org.example.x\nproductname: X\n');
      await expect(checkBuilderConfig(dir, join(dir, 'bad.yml'))).rejects.toThrow(/unknown property 'productname'/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
