import { readdir, readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { checkBuilderConfig } from './check-builder-config';

/** One import in the built main process that the packaged app could not satisfy. */
export type UnpackagedImport = { file: string; specifier: string; reason: string };

type LockPackage = { dev?: boolean };

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
  const config = await checkBuilderConfig(projectDir);
  const exclusions = (config.files as { filter?: string[] }[])
    .flatMap((set) => set.filter ?? [])
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => pattern.slice(1));
  const lock = JSON.parse(await readFile(join(projectDir, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  return Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/'))
    .filter(([path, entry]) => entry.dev === true || exclusions.some((pattern) => minimatch(`${path}/package.json`, pattern, { dot: true })))
    .map(([path]) => path);
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
  const lock = JSON.parse(await readFile(join(projectDir, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
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
