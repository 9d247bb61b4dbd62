import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildOptions, BuildResult } from 'esbuild';

const bundled = new Map<string, URL>();

/**
 * Where the sources run unbuilt (tsx: the tests, the e2e suite, `npm start`'s Chromium host), the
 * file a worker thread starts from for the TypeScript `entry`: the entry and every source it
 * imports bundled into one ES module with esbuild, as electron-vite bundles the built app's
 * workers, the packages left to load from node_modules. A worker does not inherit its parent's
 * tsx loader; registering tsx in each thread cost ~3.6 s more CPU per start than starting from
 * a bundle (4.7 against 1.1 CPU-s to a warm import worker), and a bundle takes ~0.1 s to build.
 * Bundles are named by their content, so processes building at once write the same file, and a
 * changed source gives a new one.
 */
export function sourceWorkerFile(entry: URL): URL {
  const known = bundled.get(entry.href);
  if (known) return known;
  // Loaded only here, never in the built app, which ships its workers prebuilt: a bundler must
  // not follow this load into esbuild.
  const load = createRequire(import.meta.url);
  const { buildSync } = load('esbuild') as { buildSync: (options: BuildOptions) => BuildResult };
  // Bundles go inside node_modules, so the packages they leave out resolve from there.
  const bundles = join(dirname(dirname(load.resolve('esbuild/package.json'))), '.cache', 'factmark-source-workers');
  const result = buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles![0]!.contents;
  const name = `${fileURLToPath(entry).split(/[\\/]/).pop()!.replace(/\.ts$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = join(bundles, name);
  if (!existsSync(file)) {
    mkdirSync(bundles, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  const url = pathToFileURL(file);
  bundled.set(entry.href, url);
  return url;
}
