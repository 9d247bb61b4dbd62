import { readdir, readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { checkBuilderConfig } from './check-builder-config';

/** One import in the built main process that the packaged app could not satisfy. */
export type UnpackagedImport = { file: string; specifier: string; reason: string };

type LockPackage = { dev?: boolean; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
type Lock = { packages: Record<string, LockPackage> };

// As Rollup prints them: static `import … from` and `export … from` and bare `import "x"` at the
// start of a line, dynamic `import("x")`, `require("x")`, `require.resolve("x")` and
// `createRequire(…).resolve("x")`, and worker files as `new URL("./x.js", import.meta.url)`.
// A specifier is one quoted string without whitespace, so object keys such as "document:import" never match.
const SPECIFIER = String.raw`(["'])([^"'\s]+)\1`;
const IMPORT_PATTERNS = [
  new RegExp(String.raw`^[ \t]*(?:import|export)\b[^;"']*?\bfrom\s*${SPECIFIER}`, 'gm'),
  new RegExp(String.raw`^[ \t]*import\s*${SPECIFIER}`, 'gm'),
  new RegExp(String.raw`\bimport\(\s*${SPECIFIER}\s*\)`, 'g'),
  new RegExp(String.raw`\brequire(?:\.resolve)?\(\s*${SPECIFIER}\s*\)`, 'g'),
  new RegExp(String.raw`\bcreateRequire\([^()]*\)\.resolve\(\s*${SPECIFIER}\s*\)`, 'g'),
  new RegExp(String.raw`\bnew URL\(\s*(["'])(\.{1,2}/[^"'\s]+)\1\s*,\s*import\.meta\.url\s*\)`, 'g'),
];

/** Every module specifier a built bundle's source names, static and dynamic, in order of first appearance. */
export function readBundleImports(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) for (const match of source.matchAll(pattern)) if (match[2]) found.add(match[2]);
  return [...found];
}

/** The npm package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for relative paths and Node built-ins. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

/**
 * The installed packages (package-lock.json's tree, by their path under the project such as
 * `node_modules/a/node_modules/b`) that electron-builder leaves out of the app: development-only
 * packages, and production ones a negative `files` pattern of electron-builder.yml excludes.
 */
export async function listUnshippedPackagePaths(projectDir: string): Promise<string[]> {
  const isExcluded = await readExclusions(projectDir);
  const lock = await readLock(projectDir);
  return Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/'))
    .filter(([path, entry]) => entry.dev === true || isExcluded(path))
    .map(([path]) => path);
}

/**
 * The packages electron-builder would pack only because Electron itself is installed as an
 * optional dependency (so `npm install` works where its binary cannot be downloaded): Electron,
 * its downloader and their dependencies that no runtime dependency of the app also needs,
 * which electron-builder.yml does not exclude. The app runs on the Electron it is packed with,
 * so each of these is dead weight (Electron's own binary, if downloaded, hundreds of MB).
 */
export async function findPackedElectronPackages(projectDir: string): Promise<string[]> {
  const lock = await readLock(projectDir);
  const manifest = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const needed = dependencyClosure(
    lock,
    Object.keys(manifest.dependencies ?? {}).map((name) => resolveInLock(lock, '', name)),
  );
  const electronOnly = [...dependencyClosure(lock, [resolveInLock(lock, '', 'electron')])].filter((path) => !needed.has(path));
  const isExcluded = await readExclusions(projectDir);
  return electronOnly.filter((path) => !isExcluded(path)).sort();
}

/**
 * The packages the app's packed runtime dependencies need (their whole dependency tree) that a negative
 * `files` pattern of electron-builder.yml keeps out: each would be missing from the packed app
 * the first time a dependency requires it (as when a new dependency starts sharing one of
 * Electron's downloader's packages). Empty when the exclusions take only what the app never loads.
 */
export async function findExcludedRuntimePackages(projectDir: string): Promise<string[]> {
  const lock = await readLock(projectDir);
  const manifest = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const isExcluded = await readExclusions(projectDir);
  // A dependency left out on purpose (bundled into the renderer, or the Chromium host's own) takes its tree with it.
  const packed = Object.keys(manifest.dependencies ?? {})
    .map((name) => resolveInLock(lock, '', name))
    .filter((path) => path !== null && !isExcluded(path));
  return [...dependencyClosure(lock, packed)].filter((path) => isExcluded(path)).sort();
}

async function readLock(projectDir: string): Promise<Lock> {
  return JSON.parse(await readFile(join(projectDir, 'package-lock.json'), 'utf8')) as Lock;
}

/** Whether a negative `files` pattern of electron-builder.yml keeps the package at `path` out. */
async function readExclusions(projectDir: string): Promise<(path: string) => boolean> {
  const config = await checkBuilderConfig(projectDir);
  const exclusions = (config.files as { filter?: string[] }[])
    .flatMap((set) => set.filter ?? [])
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => pattern.slice(1));
  return (path) => exclusions.some((pattern) => minimatch(`${path}/package.json`, pattern, { dot: true }));
}

/** Where Node would find package `name` required from the package at `from` ('' for the project). */
function resolveInLock(lock: Lock, from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (!base) return null;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

function dependencyClosure(lock: Lock, roots: (string | null)[]): Set<string> {
  const seen = new Set<string>();
  const pending = roots.filter((root): root is string => root !== null);
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const entry = lock.packages[path];
    for (const name of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies })) {
      const found = resolveInLock(lock, path, name);
      if (found) pending.push(found);
    }
  }
  return seen;
}

/**
 * Checks every import of every `.js` file under `projectDir/out/main` against what the packaged
 * app holds: a relative import must name a built file under `out/`, a package must be installed
 * as a production dependency at the top of node_modules (where the bundle resolves it) and not
 * be excluded by electron-builder.yml. Electron and Node built-ins are provided by the runtime.
 * Resolves to the imports that would fail in the packaged app; empty when it would start.
 */
export async function findUnpackagedImports(projectDir: string): Promise<UnpackagedImport[]> {
  const outDir = join(projectDir, 'out');
  const unshipped = new Set(await listUnshippedPackagePaths(projectDir));
  const lock = await readLock(projectDir);
  const bundles = (await readdir(join(outDir, 'main'), { recursive: true })).filter((name) => name.endsWith('.js'));
  const builtFiles = new Set((await readdir(outDir, { recursive: true })).map((name) => resolve(outDir, name)));
  const problems: UnpackagedImport[] = [];
  for (const bundle of bundles) {
    const path = join(outDir, 'main', bundle);
    const file = relative(projectDir, path).split(sep).join('/');
    for (const specifier of readBundleImports(await readFile(path, 'utf8'))) {
      const reason = explainMissing(specifier, path, { outDir, builtFiles, unshipped, lock: lock.packages });
      if (reason) problems.push({ file, specifier, reason });
    }
  }
  return problems;
}

function explainMissing(
  specifier: string,
  importer: string,
  packed: { outDir: string; builtFiles: Set<string>; unshipped: Set<string>; lock: Record<string, LockPackage> },
): string | null {
  if (specifier === 'electron') return null;
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(importer), specifier);
    if (!target.startsWith(packed.outDir + sep)) return 'it points outside out/, which is all of the build that is packed';
    return packed.builtFiles.has(target) ? null : 'no such file was built';
  }
  const name = packageOf(specifier);
  if (name === null) return null;
  const path = `node_modules/${name}`;
  if (!(path in packed.lock)) return `${name} is not installed at the top of node_modules`;
  if (packed.lock[path]?.dev) return `${name} is a development dependency, which electron-builder does not pack`;
  if (packed.unshipped.has(path)) return `electron-builder.yml's files rules exclude ${name}`;
  return null;
}
