#!/usr/bin/env node
// The command line runs from the bundle in out/cli that `npm install` builds (the package's
// `prepare` script), so a call no longer compiles TypeScript. When a source changed since (an
// edit, a pull), the bundle is rebuilt before the call, silently: ~0.5 s once, after which every
// call is fast again, where running the sources through tsx would cost ~1 s on every call until
// someone rebuilt by hand. Only when the build itself fails (esbuild missing, out/ not writable)
// do the sources run through tsx, with one line on stderr saying why.
import { fileURLToPath } from 'node:url';
import { findStaleCliBundle, CLI_BUNDLE_DIR, CLI_BUNDLE_ENTRY } from '../scripts/cli/cli-bundle-freshness.mjs';

const { runCli } = await loadCli(new URL('..', import.meta.url));
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});

/** @param {URL} root */
async function loadCli(root) {
  const rootDir = fileURLToPath(root);
  if (findStaleCliBundle(rootDir) !== null) {
    try {
      const { buildCliBundle } = await import('../scripts/cli/build-cli-bundle.mjs');
      await buildCliBundle(rootDir);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      process.stderr.write(`factmark: running the TypeScript sources (slower): the command line could not be built (${reason}).\n`);
      const { register } = await import('tsx/esm/api');
      register();
      return import('../main/cli/run-cli.ts');
    }
  }
  return import(new URL(`${CLI_BUNDLE_DIR}/${CLI_BUNDLE_ENTRY}`, root).href);
}
