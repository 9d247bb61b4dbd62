import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bundles the worker script `entry` with everything it imports into one ES module in `outDir`,
 * and resolves with its path: a test starting the worker several times then pays for compiling
 * the sources once, where `node --import tsx` compiles them again in every process (seconds on a
 * loaded machine). The worker runs the same code either way.
 */
export async function bundleWorker(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${entry.split('/').pop()?.replace(/\.ts$/, '') ?? 'worker'}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Packages written as CommonJS call require(), which an ES module has to be given.
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
  });
  return outfile;
}

const bundles = new Map<string, Promise<string>>();

/**
 * The script `entry` bundled as bundleWorker does, once per process however many children start
 * it, in a folder of its own that is removed when the process exits. Rejects when esbuild cannot
 * bundle it.
 */
export function bundledScript(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (bundle === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-script-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    bundle = bundleWorker(entry, dir);
    bundles.set(entry, bundle);
  }
  return bundle;
}
