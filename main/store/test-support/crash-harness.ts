import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../open-store';
import { findStoreFileProblems } from './check-store-files';
import { crashChange, CRASH_DOCUMENT, layerAfter } from './crash-changes';
import { ALICE } from './fixtures';
import { bundledScript } from '../../test-support/worker-bundle';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** How to run a series of kills against one store folder. */
export interface CrashRunOptions {
  dir: string;
  kills: number;
  /** Writes the child keeps in flight; more than one exercises coalescing under kills. */
  inFlight: number;
  minDelayMs: number;
  maxDelayMs: number;
}

/** What a series of kills showed. */
export interface CrashRunResult {
  kills: number;
  acknowledged: number;
  /** Acknowledged changes whose effect was missing after a kill. */
  lost: number;
  /** Kills after which the layer was not exactly the state after some change the child had started. */
  inconsistent: number;
  /** Problems found on reopening: recovery messages and files that do not validate. */
  problems: string[];
}

/**
 * Repeatedly starts the crash writer on `dir`, kills it with SIGKILL a random delay after it is
 * ready, then reopens the store in this process (taking over the dead writer's lock) and checks
 * that every acknowledged change is on disk and every file validates. Each run continues the
 * change stream after the last acknowledged change.
 */
export async function runCrashSeries(options: CrashRunOptions): Promise<CrashRunResult> {
  const result: CrashRunResult = { kills: 0, acknowledged: 0, lost: 0, inconsistent: 0, problems: [] };
  let lastAck = -1;
  const writer = await bundledScript(WRITER);
  for (let run = 0; run < options.kills; run++) {
    const delay = options.minDelayMs + Math.random() * (options.maxDelayMs - options.minDelayMs);
    const acks = await runUntilKilled(writer, options.dir, lastAck + 1, options.inFlight, delay);
    result.kills++;
    result.acknowledged += acks.length;
    lastAck = acks.at(-1) ?? lastAck;

    const store = await openStore({ dir: options.dir, defaultAnalyst: ALICE });
    const onDisk = new Map((await store.getLayer(CRASH_DOCUMENT, ALICE)).map((a) => [a.id, a.body.note]));
    await store.close();
    result.problems.push(...store.messages().map((m) => `after kill ${run + 1}: ${m.file}: ${m.problem}`));
    result.problems.push(...(await findStoreFileProblems(options.dir)).map((p) => `after kill ${run + 1}: ${p}`));
    result.lost += countLost(onDisk, lastAck, options.inFlight);
    if (!isStateAfterSomeStartedChange(onDisk, lastAck, options.inFlight)) result.inconsistent++;
  }
  return result;
}

function sameLayer(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([id, note]) => b.get(id) === note);
}

/** The child has started at most `inFlight` changes beyond the last acknowledged one. */
function isStateAfterSomeStartedChange(onDisk: Map<string, string>, lastAck: number, inFlight: number): boolean {
  for (let k = lastAck; k <= lastAck + inFlight; k++) if (sameLayer(onDisk, layerAfter(k))) return true;
  return false;
}

/** Annotations the acknowledged changes settle (untouched by any change still in flight) that differ on disk. */
function countLost(onDisk: Map<string, string>, lastAck: number, inFlight: number): number {
  const unsettled = new Set<string>();
  for (let i = lastAck + 1; i <= lastAck + inFlight; i++) {
    const change = crashChange(i);
    for (const a of change.upsert) unsettled.add(a.id);
    for (const id of change.remove) unsettled.add(id);
  }
  const expected = layerAfter(lastAck);
  let lost = 0;
  for (const [id, note] of expected) if (!unsettled.has(id) && onDisk.get(id) !== note) lost++;
  for (const id of onDisk.keys()) if (!unsettled.has(id) && !expected.has(id)) lost++;
  return lost;
}

/** Runs the writer (bundled) from change `from` and SIGKILLs it `delayMs` after it reports ready; returns the acknowledged change numbers. */
function runUntilKilled(writer: string, dir: string, from: number, inFlight: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, String(from), String(inFlight)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: number[] = [];
    let stdout = '';
    let stderr = '';
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('ack ')) acks.push(Number(line.slice(4)));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(giveUp);
      if (signal === 'SIGKILL' && stderr === '') resolve(acks);
      else reject(new Error(`crash writer ended by ${signal ?? 'exit'} without being killed on cue:\n${stderr}`));
    });
  });
}
