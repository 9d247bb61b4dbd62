import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_OUTPUTS, findStaleBuild } from './build-freshness';

describe('findStaleBuild', () => {
  let root: string;
  const past = new Date('2026-01-01T00:00:00Z');
  const later = new Date('2026-01-02T00:00:00Z');

  async function touch(relativePath: string, time: Date) {
    const path = join(root, relativePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, '');
    await utimes(path, time, time);
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'factmark-build-'));
    await touch('main/electron/index.ts', past);
    await touch('renderer/src/main.tsx', past);
    await touch('package.json', past);
    for (const output of BUILD_OUTPUTS) await touch(output, later);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('accepts a build newer than every source', async () => {
    await expect(findStaleBuild(root)).resolves.toBeNull();
  });

  it('asks for a build when an output is missing', async () => {
    await rm(join(root, 'out/preload/index.cjs'));
    await expect(findStaleBuild(root)).resolves.toBe('out/preload/index.cjs is missing');
  });

  it('asks for a build when a source changed after it', async () => {
    await touch('renderer/src/main.tsx', new Date('2026-01-03T00:00:00Z'));
    await expect(findStaleBuild(root)).resolves.toBe(`${join('renderer', 'src', 'main.tsx')} changed since the last build`);
  });

  it('ignores tests, notes and TypeScript configs, which change no output', async () => {
    const newer = new Date('2026-01-03T00:00:00Z');
    await touch('main/electron/window-options.test.ts', newer);
    await touch('main/README.md', newer);
    await touch('renderer/tsconfig.json', newer);
    await expect(findStaleBuild(root)).resolves.toBeNull();
  });
});
