import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBuilderConfig } from './check-builder-config';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

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
