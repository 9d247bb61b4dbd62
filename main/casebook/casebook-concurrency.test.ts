import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION } from '../../shared/model/annotation-layer';
import { openStore } from '../store';
import { parseStoredJson } from '../store/parse-stored-json';
import { withSavedChanges } from '../store/read-saved-layer';
import { layerPath } from '../store/store-paths';
import { findStoreFileProblems } from '../store/test-support/check-store-files';
import { makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { bundledScript } from '../test-support/worker-bundle';
import { layerAfterChanges, SHARED_DOCUMENT } from './test-support/casebook-changes';

const WRITER = fileURLToPath(new URL('./test-support/casebook-writer.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ANA: Creator = { id: 'ana', name: 'Analyst ana' };
const BEN: Creator = { id: 'ben', name: 'Analyst ben' };
/** Changes each analyst makes; with 4 writes in flight they interleave on disk for a few seconds. */
const CHANGES = 400;

/** The writer bundled once, so each analyst's process starts without compiling the sources again. */
let writer: string;
beforeAll(async () => {
  writer = await bundledScript(WRITER);
});

interface Writer {
  acks: number[];
  /** When the first and the last acknowledgement arrived (ms since the epoch). */
  ackTimes: number[];
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  go(): void;
  kill(): void;
}

/** Starts an analyst's process on the casebook folder, applying changes [from, to). */
function startWriter(dir: string, analyst: Creator, from: number, to: number, inFlight = 4): Writer {
  const child = spawn(process.execPath, [writer, dir, analyst.id, String(from), String(to), String(inFlight)], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const acks: number[] = [];
  const ackTimes: number[] = [];
  let stderr = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') onReady();
      else if (line.startsWith('ack ')) {
        acks.push(Number(line.slice(4)));
        ackTimes[acks.length === 1 ? 0 : 1] = Date.now();
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    // 'close', not 'exit': every acknowledgement printed has been read by then.
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  const readyOrExited = Promise.race([
    ready,
    exited.then((e) => Promise.reject(new Error(`${analyst.id} exited before ready: ${e.stderr}`))),
  ]);
  // A writer refused at start never gets ready; a test that expects that awaits `exited` instead.
  readyOrExited.catch(() => {});
  return {
    acks,
    ackTimes,
    ready: readyOrExited,
    exited,
    go: () => child.stdin.write('go\n'),
    kill: () => child.kill('SIGKILL'),
  };
}

/** A casebook folder holding the shared article, with no analyst's lock held. */
async function makeCasebook(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  const store = await openStore({ dir, defaultAnalyst: ANA });
  await store.addArticle(makeArticle(SHARED_DOCUMENT), sourceBytesFor(SHARED_DOCUMENT));
  await store.close();
  return dir;
}

/** The layer of `analyst` as a colleague's app reads it: the file parsed and validated, its saved changes replayed; or the problem. */
/** A new casebook with Ana and Ben each writing CHANGES changes to it, started together. */
async function startBothAnalysts(): Promise<{ dir: string; ana: Writer; ben: Writer }> {
  const dir = await makeCasebook();
  const ana = startWriter(dir, ANA, 0, CHANGES);
  const ben = startWriter(dir, BEN, 0, CHANGES);
  await Promise.all([ana.ready, ben.ready]);
  ana.go();
  ben.go();
  return { dir, ana, ben };
}

async function readLayerFile(dir: string, analyst: Creator): Promise<Map<string, string> | string> {
  const parsed = parseStoredJson(await readFile(join(dir, layerPath(SHARED_DOCUMENT, analyst.id)), 'utf8'), {
    schema: annotationLayerSchema,
    version: LAYER_SCHEMA_VERSION,
  });
  if (!parsed.ok) return parsed.problem;
  return new Map((await withSavedChanges(dir, parsed.data)).annotations.map((a) => [a.id, a.body.note]));
}

/**
 * Reads both layer files over and over, as a colleague's app watching the casebook does,
 * until `stop` resolves; returns what could not be read (a file not yet written is fine).
 */
async function watchWhile(dir: string, stop: Promise<unknown>): Promise<{ readTimes: number[]; problems: string[] }> {
  let stopped = false;
  void stop.finally(() => (stopped = true));
  const seen = { readTimes: [] as number[], problems: [] as string[] };
  while (!stopped) {
    for (const analyst of [ANA, BEN]) {
      const read = await readLayerFile(dir, analyst).catch((error: NodeJS.ErrnoException) =>
        error.code === 'ENOENT' ? undefined : error.message,
      );
      seen.readTimes.push(Date.now());
      if (typeof read === 'string') seen.problems.push(`${analyst.id}: ${read}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return seen;
}

const dirs: string[] = [];
afterAll(async () => {
  const machines = dirs.flatMap((d) => [`${d}.machine-${ANA.id}`, `${d}.machine-${BEN.id}`]);
  await Promise.all([...dirs, ...machines].map((d) => rm(d, { recursive: true, force: true })));
});

describe('two analysts writing to one casebook folder at once', () => {
  it('keeps every acknowledged change of both, and a watching colleague never reads a broken file', async () => {
    const { dir, ana, ben } = await startBothAnalysts();
    const finished = Promise.all([ana.exited, ben.exited]);
    const watched = await watchWhile(dir, finished);
    const [anaExit, benExit] = await finished;
    expect(anaExit).toMatchObject({ code: 0, stderr: '' });
    expect(benExit).toMatchObject({ code: 0, stderr: '' });
    expect(ana.acks).toHaveLength(CHANGES);
    expect(ben.acks).toHaveLength(CHANGES);
    // Both wrote at the same time rather than one after the other.
    const [anaFirst, anaLast] = ana.ackTimes as [number, number];
    const [benFirst, benLast] = ben.ackTimes as [number, number];
    expect(anaFirst).toBeLessThan(benLast);
    expect(benFirst).toBeLessThan(anaLast);
    // The colleague read while both were writing, often enough to have met a file mid-write.
    const bothWriting = watched.readTimes.filter((t) => t >= Math.max(anaFirst, benFirst) && t <= Math.min(anaLast, benLast));
    expect(bothWriting.length).toBeGreaterThanOrEqual(5);
    expect(watched.problems).toEqual([]);
    expect(await readLayerFile(dir, ANA)).toEqual(layerAfterChanges(ANA, CHANGES));
    expect(await readLayerFile(dir, BEN)).toEqual(layerAfterChanges(BEN, CHANGES));
    expect(await findStoreFileProblems(dir)).toEqual([]);
  });

  it('keeps the other analyst’s work and every acknowledged change when one is killed mid-write and starts again', async () => {
    const { dir, ana, ben } = await startBothAnalysts();
    while (ana.acks.length < CHANGES / 4) await new Promise((resolve) => setTimeout(resolve, 5));
    ana.kill();
    expect((await ana.exited).signal).toBe('SIGKILL');
    const acknowledged = Math.max(...ana.acks);
    // The file holds every change the killed process acknowledged, and at most the few it had
    // in flight besides: the state after some change started after the last acknowledgement.
    const afterKill = await readLayerFile(dir, ANA);
    const possible = [1, 2, 3, 4, 5].map((n) => layerAfterChanges(ANA, acknowledged + n));
    expect(possible).toContainEqual(afterKill);
    // Starting again takes over the dead process's lock and finishes the stream.
    const again = startWriter(dir, ANA, acknowledged + 1, CHANGES);
    await again.ready;
    again.go();
    const [anaExit, benExit] = await Promise.all([again.exited, ben.exited]);
    expect(anaExit).toMatchObject({ code: 0, stderr: '' });
    expect(benExit).toMatchObject({ code: 0, stderr: '' });
    expect(await readLayerFile(dir, ANA)).toEqual(layerAfterChanges(ANA, CHANGES));
    expect(await readLayerFile(dir, BEN)).toEqual(layerAfterChanges(BEN, CHANGES));
  });

  it('refuses a second process of the same analyst while the first holds their lock', async () => {
    const dir = await makeCasebook();
    const first = startWriter(dir, ANA, 0, 10);
    await first.ready;
    const second = startWriter(dir, ANA, 0, 10);
    const refused = await second.exited;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use by another Factmark process/);
    first.go();
    expect((await first.exited).code).toBe(0);
    expect(await readLayerFile(dir, ANA)).toEqual(layerAfterChanges(ANA, 10));
  });
});
