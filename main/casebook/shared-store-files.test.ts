import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryIndexSchema } from '../../shared/model/library';
import { settingsSchema } from '../../shared/model/settings';
import { makeTempDir } from '../store/test-support/fixtures';
import { bundledScript } from '../test-support/worker-bundle';

const WORKER = fileURLToPath(new URL('./test-support/shared-files-worker.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The worker bundled once, so each analyst's process starts without compiling the sources again. */
let worker: string;
beforeAll(async () => {
  worker = await bundledScript(WORKER);
});

interface Outcome {
  done: number;
  failures: string[];
}

/** Starts one analyst's process on the casebook; `stop` tells a reopening one to finish. */
function startWorker(args: string[]): { finished: Promise<Outcome>; stop(): void } {
  const child = spawn(process.execPath, [worker, ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const finished = new Promise<Outcome>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout) as Outcome) : reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)),
    ),
  );
  return { finished, stop: () => child.stdin.end('stop\n') };
}

const dirs: string[] = [];
async function makeCasebook(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir, `${dir}.machine-ana`, `${dir}.machine-ben`);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('files both analysts of a casebook write', () => {
  it('lets a colleague open the casebook over and over without breaking the other analyst’s saves', async () => {
    const dir = await makeCasebook();
    const ana = startWorker(['add', dir, 'ana', '120', '{}']);
    const ben = startWorker(['reopen', dir, 'ben']);
    const anaDid = await ana.finished;
    ben.stop();
    const benDid = await ben.finished;
    expect(anaDid).toEqual({ done: 120, failures: [] });
    expect(benDid.failures).toEqual([]);
    expect(benDid.done).toBeGreaterThan(10);
  });

  it('keeps every article both import at once in the library index, and both analysts’ workspace settings', async () => {
    const dir = await makeCasebook();
    const ana = startWorker(['add', dir, 'ana', '80', JSON.stringify({ ratingScale: 'five-point' })]);
    const ben = startWorker(['add', dir, 'ben', '80', JSON.stringify({ organisation: { name: 'Desk of Ben' } })]);
    expect(await ana.finished).toEqual({ done: 80, failures: [] });
    expect(await ben.finished).toEqual({ done: 80, failures: [] });
    // The files as they are on disk, not as a store would rebuild them on opening.
    const index = libraryIndexSchema.parse(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')));
    const expected = ['ana', 'ben'].flatMap((who) => Array.from({ length: 80 }, (_, i) => `${who}-${i}`));
    expect(index.documents.map((d) => d.id).sort()).toEqual(expected.sort());
    const settings = settingsSchema.parse(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')));
    expect(settings).toMatchObject({ ratingScale: 'five-point', organisation: { name: 'Desk of Ben' } });
  });
});
