import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from './ipc-edge';
import { createHandlersOver } from './test-support/handlers-over-store';
import { openStore } from '../store';
import { runInImportWorker, stopIdleImportWorker } from '../import/import-worker-pool';
import { writeFlateBombPdf, writeManyPagesPdf, writeZipBombDocx } from '../import/test-support/write-resource-bombs';

// Hostile files as the issue found them, generated here (a few megabytes each, in milliseconds),
// refused by every import path within 30 s and under 1 GB with a message naming the file.
const BOMBS = [
  {
    fileName: 'flate-bomb.pdf',
    write: () => writeFlateBombPdf(),
    refusal: 'is too large to read: its page content and other streams unpack to more than 128 MB',
  },
  { fileName: 'many-pages.pdf', write: () => writeManyPagesPdf(), refusal: 'is too large to read: it has 200,000 pages' },
  { fileName: 'zip-bomb.docx', write: () => writeZipBombDocx('true'), refusal: 'is too large to read: its parts unpack to 1,536 MB' },
  {
    fileName: 'zip-bomb-sizes-lie.docx',
    write: () => writeZipBombDocx('understated'),
    refusal: 'is damaged or not a complete Word document: its part word/document.xml unpacks to more than the 10 KB the file states',
  },
] as const;
const GB = 1024 * 1024 * 1024;
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'factmark.mjs');
const analyst = { id: 'ana', name: 'Ana Analyst' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-bombs-'));
  for (const bomb of BOMBS) await writeFile(join(dir, bomb.fileName), bomb.write());
});
afterAll(async () => {
  await stopIdleImportWorker();
  await rm(dir, { recursive: true, force: true });
});

describe('the app refuses resource bombs (document:import)', () => {
  it.each(BOMBS)(
    'refuses $fileName, naming it, under 1 GB, with the store unchanged',
    async ({ fileName, refusal }) => {
      const storeDir = join(dir, `store-${fileName}`);
      const store = await openStore({ dir: storeDir, defaultAnalyst: analyst });
      try {
        const dispatch = createDispatch(createHandlersOver(store, { newId: () => 'doc-1', now: () => new Date('2026-12-07T01:00:00Z') }));
        const before = await snapshot(storeDir);
        const peak = watchPeakRss();
        const bytes = await readFile(join(dir, fileName));
        const result = await dispatch('document:import', {
          fileName,
          dataBase64: bytes.toString('base64'),
          importId: `import-${fileName}`,
        });
        expect(peak.stop()).toBeLessThan(GB);
        expect(result).toEqual({
          ok: false,
          error: { code: 'import-failed', message: expect.stringContaining(`"${fileName}" ${refusal}`) as string },
        });
        expect(store.listArticles()).toEqual([]);
        expect(await snapshot(storeDir)).toEqual(before);
      } finally {
        await store.close();
      }
    },
    60_000,
  );
});

describe('factmark segment and import refuse resource bombs', () => {
  it.each(
    BOMBS.slice(0, 3).flatMap((bomb) => [
      { ...bomb, command: 'segment' },
      { ...bomb, command: 'import' },
    ]),
  )(
    'factmark $command $fileName exits 1 naming the file, under 1 GB, with the store unchanged',
    async ({ fileName, refusal, command }) => {
      const storeDir = join(dir, `cli-store-${command}-${fileName}`);
      await (await openStore({ dir: storeDir, defaultAnalyst: analyst })).close();
      const before = await snapshot(storeDir);
      const run = await runCommand([command, join(dir, fileName), '--store', storeDir]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^factmark: /u);
      expect(run.stderr).toContain(`"${fileName}" ${refusal}`);
      expect(run.code).toBe(1);
      if (run.peakRss !== undefined) expect(run.peakRss).toBeLessThan(GB);
      expect(await snapshot(storeDir)).toEqual(before);
    },
    60_000,
  );
});

describe('the import worker’s limits', () => {
  // 100 MB of page content: under the stream limit, so pdf.js decodes it, in a buffer outside the heap.
  const bigPdf = () => ({ route: 'pdf' as const, fileName: 'big-content.pdf', bytes: writeFlateBombPdf(100), restore: [] });
  const webPage = async () => ({
    route: 'html' as const,
    fileName: 'roof-survey.html',
    bytes: await readFile(join(import.meta.dirname, '..', 'import', 'html', 'fixtures', 'lowmere-gazette-roof-survey.html')),
    restore: [],
  });

  it('stops a worker whose memory, native buffers included, passes the limit, and names the file', async () => {
    await expect(runInImportWorker(bigPdf(), { limits: { memoryMb: 48, timeMs: 120_000 } })).rejects.toThrow(
      '"big-content.pdf" is too large to read: reading it needed more than 48 MB of memory.',
    );
    expect((await runInImportWorker(await webPage())).metadata.title).toContain('roof survey');
  }, 60_000);

  it('stops a worker that runs past the time limit, and names the file', async () => {
    await expect(runInImportWorker(bigPdf(), { limits: { memoryMb: 4096, timeMs: 100 } })).rejects.toThrow(
      '"big-content.pdf" took too long to read: Factmark stops reading a file of this size after 1 s.',
    );
    expect((await runInImportWorker(await webPage())).metadata.title).toContain('roof survey');
  }, 60_000);
});

// Every file in a folder with its content's hash, to show a refused import wrote nothing.
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(folder.length)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}

// The highest resident memory of this process (the worker threads included) until stopped.
function watchPeakRss(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The child's peak resident memory in bytes (Linux's VmHWM), where /proc tells it. */
  peakRss: number | undefined;
}

// Runs the real command line in its own process, killed after 30 s, following its peak memory.
function runCommand(args: readonly string[]): Promise<CommandRun> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  const status = `/proc/${child.pid}/status`;
  let peakKb: number | undefined;
  const poll = setInterval(() => {
    if (!existsSync(status)) return;
    readFile(status, 'utf8').then(
      (text) => {
        const kb = Number(/VmHWM:\s+(\d+)/u.exec(text)?.[1]);
        if (Number.isFinite(kb)) peakKb = Math.max(peakKb ?? 0, kb);
      },
      () => undefined,
    );
  }, 10);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr: stderr.trim(), peakRss: peakKb === undefined ? undefined : peakKb * 1024 });
    });
  });
}
