import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE_DIR, CLI_BUNDLE_ENTRY, CLI_BUNDLE_MANIFEST, findStaleCliBundle } from './cli-bundle-freshness.mjs';

const repo = join(import.meta.dirname, '..', '..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-cli-bundle-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findStaleCliBundle', () => {
  async function builtPackage(name: string): Promise<string> {
    const root = join(dir, name);
    await mkdir(join(root, 'main'), { recursive: true });
    await mkdir(join(root, 'out', 'cli'), { recursive: true });
    for (const file of ['main/a.ts', 'main/b.ts']) await writeFile(join(root, file), `export const name = '${file}';\n`);
    const inputs: Record<string, number> = {};
    for (const file of ['main/a.ts', 'main/b.ts']) inputs[file] = (await stat(join(root, file))).mtimeMs;
    await writeFile(join(root, CLI_BUNDLE_MANIFEST), JSON.stringify({ inputs }));
    await writeFile(join(root, CLI_BUNDLE_DIR, CLI_BUNDLE_ENTRY), 'export async function runCli() { return 0; }\n');
    return root;
  }

  it('finds a bundle current while its sources are as they were built', async () => {
    expect(findStaleCliBundle(await builtPackage('current'))).toBeNull();
  });

  it('finds it stale once a source is edited, or set back to an older version', async () => {
    const edited = await builtPackage('edited');
    await utimes(join(edited, 'main/b.ts'), new Date(), new Date(Date.now() + 5_000));
    expect(findStaleCliBundle(edited)).toBe('main/b.ts changed since the command line was built');

    const older = await builtPackage('older');
    await utimes(join(older, 'main/a.ts'), new Date(), new Date('2020-01-01'));
    expect(findStaleCliBundle(older)).toBe('main/a.ts changed since the command line was built');
  });

  it('finds it stale when a source or its entry is gone, or it was never built', async () => {
    const removed = await builtPackage('removed');
    await rm(join(removed, 'main/a.ts'));
    expect(findStaleCliBundle(removed)).toBe('main/a.ts is gone');
    const entryless = await builtPackage('entryless');
    await rm(join(entryless, CLI_BUNDLE_DIR, CLI_BUNDLE_ENTRY));
    expect(findStaleCliBundle(entryless)).toBe('out/cli/factmark.js is missing');
    expect(findStaleCliBundle(join(dir, 'never-built'))).toBe(`${CLI_BUNDLE_MANIFEST} is missing or unreadable`);
  });
});

describe('the factmark executable in a fresh checkout', () => {
  // A copy of the package with the repository's node_modules, so building it touches nothing here.
  async function checkout(): Promise<string> {
    const root = join(dir, 'checkout');
    for (const path of ['bin', 'main', 'shared', 'scripts/cli', 'package.json', 'tsconfig.base.json']) {
      await cp(join(repo, path), join(root, path), { recursive: true });
    }
    await symlink(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
    return root;
  }

  const usage = async (root: string) =>
    (await promisify(execFile)(process.execPath, [join(root, 'bin', 'factmark.mjs'), 'help'], { timeout: 60_000 })).stdout;

  it('builds its bundle on the first call, reuses it, and rebuilds it once a source changes', async () => {
    const root = await checkout();
    const manifest = join(root, CLI_BUNDLE_MANIFEST);

    expect(await usage(root)).toMatch(/^Usage: factmark <command>/u);
    expect(findStaleCliBundle(root)).toBeNull();
    const built = await readFile(manifest, 'utf8');
    const builtAt = (await stat(manifest)).mtimeMs;
    expect(await usage(root)).toMatch(/^Usage: factmark <command>/u);
    expect((await stat(manifest)).mtimeMs).toBe(builtAt);

    const runCli = join(root, 'main', 'cli', 'run-cli.ts');
    await writeFile(runCli, (await readFile(runCli, 'utf8')).replace('Usage: factmark', 'Usage (edited): factmark'));
    expect(await usage(root)).toMatch(/^Usage \(edited\): factmark <command>/u);
    expect(await readFile(manifest, 'utf8')).not.toBe(built);
  });
});
