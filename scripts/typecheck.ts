// `npm run typecheck`: checks every zone's tsconfig (shared, its tests, main, the preload, the
// renderer, e2e, scripts, the lint rules' tests), found on disk so a new zone config cannot be
// forgotten. Each zone stays its own program with its own libraries and types; two worker
// processes take the zones in turn, and each keeps the files it has parsed and bound (the
// TypeScript and Node libraries, shared/, main/) for the next zone that reads them, as an editor
// does for the projects it has open. Parsing them again for every zone was a third of the time.
// Each file is type-checked once, in the zone whose folder holds it (see checkZone).
import { fork, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const ZONES = ['shared', 'main', 'renderer', 'e2e', 'scripts', 'lint'];
const WORKERS = 2;
const WORKER_FLAG = '--zone-worker';

/** What a worker answers for one zone: its formatted type errors, or null when it has none. */
type ZoneResult = { project: string; output: string | null };

if (process.argv.includes(WORKER_FLAG)) serveZones();
else await checkAllZones();

async function checkAllZones(): Promise<void> {
  const projects = (
    await Promise.all(
      ZONES.map(async (zone) =>
        (await readdir(join(root, zone), { recursive: true, withFileTypes: true }).catch(() => []))
          .filter((entry) => entry.isFile() && /^tsconfig.*\.json$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
          .map((entry) => relative(root, join(entry.parentPath, entry.name))),
      ),
    )
  )
    .flat()
    .sort();

  const failures: string[] = [];
  const queue = [...projects];
  await Promise.all(Array.from({ length: Math.min(WORKERS, projects.length) }, () => drain(queue, failures)));
  if (failures.length > 0) {
    console.error(`Type errors in ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log(`Types check in ${projects.length} projects: ${projects.join(', ')}`);
}

/** Starts one worker and hands it the queue's zones one at a time until the queue is empty. */
function drain(queue: string[], failures: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker: ChildProcess = fork(fileURLToPath(import.meta.url), [WORKER_FLAG], { cwd: root });
    let current: string | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.send(current);
      else worker.disconnect();
    };
    worker.on('message', ({ project, output }: ZoneResult) => {
      if (output !== null) {
        failures.push(project);
        console.error(`tsc -p ${project}\n${output}`);
      }
      next();
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      current === undefined && code === 0
        ? resolve()
        : reject(new Error(`The type-check worker stopped (exit ${code}) while checking ${current}`)),
    );
    next();
  });
}

function serveZones(): void {
  const parsed = new Map<string, ts.SourceFile>();
  process.on('message', (project: string) => {
    const result: ZoneResult = { project, output: checkZone(project, parsed) };
    process.send?.(result);
  });
}

/**
 * Type-checks one zone as `tsc -p project --incremental` would (its build info under
 * node_modules/.cache, so a repeated local run re-checks only what changed), taking source files
 * already parsed by this worker from `parsed`. A file is shared only between zones that parse it
 * alike: the options the parser and binder read are the same in every zone (tsconfig.base.json)
 * but for `jsx`, which is part of the key.
 */
function checkZone(project: string, parsed: Map<string, ts.SourceFile>): string | null {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, project), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) return `cannot read ${project}`;
  const options: ts.CompilerOptions = {
    ...config.options,
    incremental: true,
    tsBuildInfoFile: join(root, 'node_modules/.cache/typecheck', `${project.replace(/[\\/]/g, '_')}.tsbuildinfo`),
  };
  const host = ts.createIncrementalCompilerHost(options);
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const settings =
      typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions : { languageVersion: languageVersionOrOptions };
    const key = [fileName, settings.languageVersion, settings.impliedNodeFormat, fileName.endsWith('x') ? options.jsx : ''].join('\0');
    const known = shouldCreateNewSourceFile ? undefined : parsed.get(key);
    if (known) return known;
    const sourceFile = readSourceFile(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    if (sourceFile) parsed.set(key, sourceFile);
    return sourceFile;
  };
  const program = ts.createIncrementalProgram({
    rootNames: config.fileNames,
    options,
    host,
    projectReferences: config.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
  });
  // Each file is checked in its own zone's program: the zone's root files inside its folder. A
  // zone's program also holds what it imports from other zones (main and the renderer include
  // shared/, e2e and scripts import main/), but those are checked in their own zones, under their
  // own, stricter libraries; checking them again in every importer was most of the time.
  const home = `${dirname(join(root, project))}${sep}`;
  const own = new Set(config.fileNames.filter((fileName) => resolve(fileName).startsWith(home)).map((fileName) => resolve(fileName)));
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program
      .getSourceFiles()
      .filter((sourceFile) => own.has(resolve(sourceFile.fileName)))
      .flatMap((sourceFile) => program.getSemanticDiagnostics(sourceFile)),
    ...program.emit().diagnostics,
  ];
  if (diagnostics.length === 0) return null;
  return ts.formatDiagnosticsWithColorAndContext(diagnostics, {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
}
