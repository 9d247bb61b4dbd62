// `npm run typecheck`: runs `tsc -p` on every zone's tsconfig (shared, its tests, main, the
// preload, the renderer, e2e, scripts, the lint rules' tests), found on disk so a new zone config cannot be forgotten.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ZONES = ['shared', 'main', 'renderer', 'e2e', 'scripts', 'lint'];
const PARALLEL = 2;

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
await Promise.all(Array.from({ length: PARALLEL }, () => work()));
if (failures.length > 0) {
  console.error(`Type errors in ${failures.join(', ')}`);
  process.exit(1);
}
console.log(`Types check in ${projects.length} projects: ${projects.join(', ')}`);

async function work(): Promise<void> {
  for (let project = queue.shift(); project; project = queue.shift()) {
    const output = await runTsc(project);
    if (output !== null) {
      failures.push(project);
      console.error(`tsc -p ${project}\n${output}`);
    }
  }
}

function runTsc(project: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    // Incremental state under node_modules/.cache makes repeated local runs quick.
    const buildInfo = join(root, 'node_modules/.cache/typecheck', `${project.replace(/[\\/]/g, '_')}.tsbuildinfo`);
    const args = [
      join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      project,
      '--pretty',
      '--incremental',
      '--tsBuildInfoFile',
      buildInfo,
    ];
    const child = spawn(process.execPath, args, { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve(code === 0 ? null : output));
  });
}
