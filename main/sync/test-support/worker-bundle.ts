import { build } from 'esbuild';
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
