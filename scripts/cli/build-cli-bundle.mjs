// Builds the command line into out/cli: `npm install` runs it (the package's `prepare` script),
// `npm run build:cli` runs it on purpose, and bin/factmark.mjs runs it when the sources changed
// since. Plain JavaScript, so it needs no TypeScript loader before it can run.
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE_DIR, CLI_BUNDLE_ENTRY, CLI_BUNDLE_MANIFEST, CLI_BUNDLE_OWN_INPUTS } from './cli-bundle-freshness.mjs';

// Bundled into the command line rather than loaded from node_modules: every command that reads an
// article or the store imports them, and resolving and loading zod's own ~150 modules cost ~50 ms
// of a ~350 ms `segment` (measured against the same build with them external). Every other
// dependency stays a plain import, so the heavy ones (jsdom, pdf.js, mammoth, wink-nlp,
// playwright-core) load only when a command reaches them, and packages that read their own files
// at run time keep working.
const BUNDLED_PACKAGES = ['zod', 'lowdb', 'approx-string-match'];

// Chunks a process may still load lazily are never deleted at once: a rebuild leaves the chunks
// of older builds for this long, so a command started before it still finds what it imports.
const OLD_CHUNK_GRACE_MS = 60 * 60 * 1000;

/**
 * Bundles the command line of the package in `packageDir` into its `out/cli`: `factmark.js`
 * (exports `runCli`), the import worker `import-worker.js` beside it, and `chromium-host.js`
 * (exports `launchChromiumHost`, for `npm start`) with its `suggest-worker.js`, sharing code-split
 * chunks under `chunks/`, then `manifest.json` naming every source read and its modification
 * time (what `findStaleCliBundle` checks). Each file is written whole under a temporary name and renamed,
 * chunks before the entries that import them and the manifest last, so a command running
 * meanwhile, or a second build racing this one, only ever sees complete files.
 * Rejects when esbuild fails (its message names the file and line).
 * @param {string} packageDir the package folder
 * @returns {Promise<void>}
 */
export async function buildCliBundle(packageDir) {
  const root = resolve(packageDir);
  const { build } = await import('esbuild');
  const outDir = join(root, CLI_BUNDLE_DIR);
  const startedAt = Date.now();
  const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const declared = ['dependencies', 'optionalDependencies', 'devDependencies'].flatMap((list) => Object.keys(packageJson[list] ?? {}));
  const external = declared.filter((name) => !BUNDLED_PACKAGES.includes(name));
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      [CLI_BUNDLE_ENTRY.replace(/\.js$/, '')]: 'main/cli/run-cli.ts',
      // The pool finds its worker beside (or one folder above) the chunk it was bundled into.
      'import-worker': 'main/import/routes/import-worker.ts',
      // `npm start`'s Chromium window runs from here too, so opening the app compiles no
      // TypeScript either; its suggester finds its worker the same way.
      'chromium-host': 'main/chromium-host/launch-chromium-host.ts',
      'suggest-worker': 'main/suggest/suggest-worker.ts',
    },
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: external.flatMap((name) => [name, `${name}/*`]),
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const written = result.outputFiles;
  const isChunk = (/** @type {{ path: string }} */ file) => relative(outDir, file.path).startsWith('chunks');
  for (const file of [...written.filter(isChunk), ...written.filter((file) => !isChunk(file))]) {
    await writeWhole(file.path, file.contents);
  }
  await removeOldChunks(join(outDir, 'chunks'), new Set(written.map((file) => file.path)));
  const inputs = [...new Set([...Object.keys(result.metafile.inputs).map(packageOrSource), ...CLI_BUNDLE_OWN_INPUTS])];
  const manifest = {
    inputs: Object.fromEntries(await Promise.all(inputs.map(async (input) => [input, await recordedTime(join(root, input), startedAt)]))),
  };
  await writeWhole(join(root, CLI_BUNDLE_MANIFEST), JSON.stringify(manifest, null, 1));
}

/**
 * What the manifest records for a bundled input: the source file itself, or for a file inside a
 * bundled package that package's package.json (an install that changes the package rewrites
 * it), which keeps the check to one stat per package rather than one per file.
 * @param {string} input a path relative to the package folder
 */
function packageOrSource(input) {
  const inPackage = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return inPackage === null ? input : `${inPackage[1]}/package.json`;
}

/**
 * An input's modification time as the manifest keeps it; -1 for one changed after the build
 * began (the bundle may hold its older text), so the next check finds it stale.
 * @param {string} path
 * @param {number} startedAt
 */
async function recordedTime(path, startedAt) {
  const { mtimeMs } = await stat(path);
  return mtimeMs > startedAt ? -1 : mtimeMs;
}

/**
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
async function writeWhole(path, contents) {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, path);
}

/**
 * @param {string} chunksDir
 * @param {Set<string>} keep
 */
async function removeOldChunks(chunksDir, keep) {
  const now = Date.now();
  for (const name of await readdir(chunksDir).catch(() => [])) {
    const path = join(chunksDir, name);
    if (keep.has(path)) continue;
    const info = await stat(path).catch(() => null);
    if (info !== null && now - info.mtimeMs > OLD_CHUNK_GRACE_MS) await rm(path, { force: true });
  }
}

// `--if-possible` (the `prepare` script) never fails `npm install`: an install that stopped here
// would leave no node_modules at all, where factmark can still build itself on its first call.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildCliBundle(fileURLToPath(new URL('../..', import.meta.url)));
  } catch (error) {
    const optional = process.argv.includes('--if-possible');
    console.error(
      `The factmark command line could not be built${optional ? ' now (its first call will try again)' : ''}: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (!optional) process.exitCode = 1;
  }
}
