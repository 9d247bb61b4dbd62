import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBuild } from '../start/build-freshness';
import { median } from './median';

/** Start-up figures (ms): `npm start` to an interactive library, as the analyst waits for it. */
export type StartupFigures = Record<string, { p50: number; p95: number; max: number; n: number }>;

/**
 * Times `npm start -- --smoke` from the command to the library being interactive, `runs` times
 * each: cold (a new browser profile and user-data folder every run, as on a first start) and warm
 * (the same ones again, as every later start). Uses the host `npm start` picks on this machine —
 * Electron where its binary exists, else the Chromium window (headless without a display). The
 * build is brought up to date first, so no run pays for it.
 */
export async function benchStartup(root: string, runs: number, log: (line: string) => void): Promise<StartupFigures> {
  await ensureBuild(root, log);
  const scratch = await mkdtemp(join(tmpdir(), 'factmark-bench-startup-'));
  try {
    const cold: number[] = [];
    for (let i = 0; i < runs; i++) cold.push(await timeSmokeStart(root, join(scratch, `cold-${i}`)));
    const warmHome = join(scratch, 'warm');
    await timeSmokeStart(root, warmHome);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(await timeSmokeStart(root, warmHome));
    const figures: StartupFigures = {
      'npm start to interactive library, cold': summarise(cold),
      'npm start to interactive library, warm': summarise(warm),
    };
    log(
      `start-up (load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}):`,
    );
    for (const [name, f] of Object.entries(figures)) log(`  ${name}: p50 ${f.p50} ms, p95 ${f.p95} ms, max ${f.max} ms (n ${f.n})`);
    return figures;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** One `npm start -- --smoke` on its own user-data folder; ms from spawning npm to its `ready in N ms` line. */
async function timeSmokeStart(root: string, home: string): Promise<number> {
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const child = spawn(npm, ['start', '--silent', '--', '--smoke', '--store', join(home, 'store')], {
    cwd: root,
    env: { ...process.env, XDG_CONFIG_HOME: home, APPDATA: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let readyAt: number | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (readyAt === undefined && /^ready in \d+ ms$/m.test(stdout)) readyAt = performance.now();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0 || readyAt === undefined) throw new Error(`npm start -- --smoke failed (exit ${code}): ${stderr.trim()}`);
  return readyAt - started;
}

function summarise(values: number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
  return { p50: Math.round(median(sorted)), p95: Math.round(p95), max: Math.round(sorted.at(-1) ?? Number.NaN), n: sorted.length };
}
