import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { createAppServices } from '../../main/app-services/create-app-services';
import { IDENTITY_FILE } from '../../main/casebook/identity-file';
import { DEFAULT_RENDERER_DIR } from '../../main/chromium-host/launch-chromium-host';
import { openChromiumHost } from '../../main/chromium-host/open-chromium-host';
import { ANALYST, prepareInput, prepareStore } from './bench-reader';
import { BENCH_CASES } from './bench-sizes';
import { benchPageScript } from './page-bundle';

/**
 * Where the reader spends its time on a large article, run by run.
 *
 * `tsx scripts/bench/trace-open.ts [MB] [annotations] [runs] [--renderer DIR]` opens a generated
 * article from the library `runs` times (J pressed once the highlights are painted, as the reader
 * bench does) under the renderer's CPU profiler and prints, per run, the time main spent
 * answering `document:open`, the click-to-J time, and the renderer's heaviest functions by self
 * time (garbage collection included).
 *
 * `tsx scripts/bench/trace-open.ts tag [MB] [annotations] [runs] [--renderer DIR] [--dump PREFIX]` tags `runs`
 * untagged sentences of the reader bench's article (1, then J), each followed by its autosave,
 * under a Chromium trace and the CPU profiler, and prints for three windows of each run — the
 * tag (key to painted), its follow-up (painted to the save request reaching main) and the
 * autosave (request reaching main to "saved" painted) — the main thread's task time, what the
 * browser did (script, style recalculation with the elements it touched, layout with the
 * objects it laid out, paint, GC) and the heaviest functions by self time.
 *
 * `tsx scripts/bench/trace-open.ts scroll [MB] [annotations] [--renderer DIR]` opens the article,
 * scrolls it top to bottom a screen per frame (as the reader bench does) under a trace and the
 * CPU profiler, and prints each task over 50 ms on the page's main thread: what the browser did
 * in it and its heaviest functions.
 *
 * `--renderer DIR` serves another build (an unminified one names the functions); `--dump PREFIX`
 * (tag mode) also writes each run's trace events and CPU profile to PREFIX-<run>.json, to read
 * further than the summary goes.
 */
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const rendererDir = valueOf('--renderer') ?? DEFAULT_RENDERER_DIR;
const dumpTo = valueOf('--dump');
const positional = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const mode = positional[0] === 'tag' || positional[0] === 'scroll' ? positional[0] : 'open';
const [megabytes = 1, count = 10_000, runs = 4] = (mode === 'open' ? positional : positional.slice(1)).map(Number);
const TOP = 25;
const TOP_PER_WINDOW = 12;
const TIMEOUT = 120_000;

/** The parts of a DevTools CPU profile read here; times in microseconds. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time in ms per function among the samples taken in [from, to) µs (the whole profile when absent). */
function selfTimes(profile: CpuProfile, from = -Infinity, to = Infinity): [string, number][] {
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    at += deltas[i] ?? 0;
    if (at < from || at >= to) return;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').at(-1)}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The parts of a Chromium trace event read here; `ts` and `dur` in microseconds. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: what the thread ran, without the time other processes had the core. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { type?: string };
    elementCount?: number;
    beginData?: { dirtyObjects?: number; totalObjects?: number };
  };
}

async function recordTrace<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'toplevel'],
    },
  });
  const result = await work();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { result, events };
}

// What the browser did, by trace event: durations overlap where events nest (a FunctionCall
// inside an EventDispatch), so each line is read on its own, never summed with the others.
const SHOWN = [
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GCFinalizeMC',
];

/** The events not inside another of `events` (a task the scheduler ran within another's span is counted once). */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    kept.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return kept;
}

function describeWindow(
  name: string,
  events: readonly TraceEvent[],
  profile: CpuProfile,
  main: { pid: number; tid: number },
  from: number,
  to: number,
) {
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const inside = onMain.filter((e) => e.ts >= from && e.ts < to);
  // The key's own task began before its keydown event: tasks count when they overlap the window.
  const tasks = outermost(onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')).filter(
    (e) => e.ts < to && e.ts + (e.dur ?? 0) > from,
  );
  const ms = (us: number) => (us / 1000).toFixed(1);
  const sum = (key: 'dur' | 'tdur') => ms(tasks.reduce((s, e) => s + (e[key] ?? 0), 0));
  console.log(`  ${name}: ${ms(to - from)} ms wall, ${tasks.length} tasks, ${sum('dur')} ms task time, ${sum('tdur')} ms of it on the CPU`);
  for (const kind of SHOWN) {
    const found = inside.filter((e) => e.name === kind);
    if (found.length === 0) continue;
    const total = found.reduce((s, e) => s + (e.dur ?? 0), 0);
    const extra =
      kind === 'UpdateLayoutTree'
        ? `; elements ${found.map((e) => e.args?.elementCount ?? '?').join(', ')}`
        : kind === 'Layout'
          ? `; dirty/total objects ${found.map((e) => `${e.args?.beginData?.dirtyObjects ?? '?'}/${e.args?.beginData?.totalObjects ?? '?'}`).join(', ')}`
          : kind === 'EventDispatch'
            ? `; ${found.map((e) => e.args?.data?.type).join(', ')}`
            : '';
    console.log(`    ${kind.padEnd(20)} ${found.length.toString().padStart(3)} × ${ms(total).padStart(6)} ms${extra}`);
  }
  for (const [fn, self] of selfTimes(profile, from, to).slice(0, TOP_PER_WINDOW))
    console.log(`      ${self.toFixed(1).padStart(7)} ms  ${fn}`);
}

async function openOnce(page: Page): Promise<void> {
  await page.getByTestId('library-item').first().click();
  await page.locator('.editor-host .ProseMirror').waitFor({ state: 'attached', timeout: TIMEOUT });
  await page.keyboard.press('j');
  await page.locator('.reader-selection').first().waitFor({ state: 'attached', timeout: TIMEOUT });
}

const afterPaint = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function traceOpens(page: Page, cdp: CDPSession, mainTimes: string[]): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (let run = 0; run < runs; run++) {
    mainTimes.length = 0;
    await cdp.send('Profiler.start');
    const startedAt = Date.now();
    await openOnce(page);
    await afterPaint(page);
    const elapsed = Date.now() - startedAt;
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`\nrun ${run + 1}: click to J painted ${elapsed} ms (as seen from Node); main: ${mainTimes.join(', ')}`);
    for (const [name, ms] of selfTimes(profile as CpuProfile).slice(0, TOP)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('library-item').first().waitFor();
  }
}

interface TraceWindow {
  __factmarkPerf: { entries(): { name: string; ms: number }[] };
  __bench: { whenPresent(selector: string): Promise<number> };
}
const tagEntries = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as TraceWindow).__factmarkPerf.entries().filter((e) => e.name === 'tag'));

async function traceTags(page: Page, cdp: CDPSession, firstUntagged: string, onSave: { arrived: number }): Promise<void> {
  await page.evaluate(await benchPageScript());
  await openOnce(page);
  const paragraph = page
    .getByTestId('article')
    .locator('p', { hasText: firstUntagged.slice(0, 60) })
    .first();
  await paragraph.scrollIntoViewIfNeeded({ timeout: TIMEOUT });
  await paragraph.click({ position: { x: 4, y: 6 } });
  await afterPaint(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (let run = 0; run < runs; run++) {
    const before = (await tagEntries(page)).length;
    const savesBefore = onSave.arrived;
    await cdp.send('Profiler.start');
    const { result: profile, events } = await recordTrace(cdp, async () => {
      await page.keyboard.press('Digit1');
      await page.waitForFunction(
        (n) => (globalThis as unknown as TraceWindow).__factmarkPerf.entries().filter((e) => e.name === 'tag').length > n,
        before,
        { timeout: TIMEOUT, polling: 50 },
      );
      while (onSave.arrived === savesBefore) await new Promise((resolve) => setTimeout(resolve, 2));
      await page.evaluate(async () => {
        await (globalThis as unknown as TraceWindow).__bench.whenPresent('[data-testid="save-status"][data-state="saved"]');
        performance.mark('saved-painted');
      });
      return (await cdp.send('Profiler.stop')).profile as CpuProfile;
    });
    const tagMs = (await tagEntries(page)).at(-1)!.ms;
    if (dumpTo) await writeFile(`${dumpTo}-${run + 1}.json`, JSON.stringify({ profile, events, tagMs }));
    const key = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
    const mark = (name: string) => events.find((e) => e.name === name && e.ph !== 'X' && e.ph !== 'M');
    const arrived = mark('save-arrived');
    const saved = mark('saved-painted');
    if (!key || !arrived || !saved) throw new Error(`trace of tag ${run + 1}: keydown, save-arrived or saved-painted missing`);
    const main = { pid: key.pid, tid: key.tid };
    const painted = key.ts + tagMs * 1000;
    console.log(`\ntag ${run + 1}: key to painted ${tagMs.toFixed(1)} ms`);
    describeWindow('tag (key to painted)', events, profile, main, key.ts, painted);
    describeWindow('follow-up (painted to save request in main)', events, profile, main, painted, arrived.ts);
    describeWindow('autosave (save request in main to saved painted)', events, profile, main, arrived.ts, saved.ts);
    await page.keyboard.press('j');
    await afterPaint(page);
  }
}

const LONG_TASK_US = 50_000;

async function traceScroll(page: Page, cdp: CDPSession): Promise<void> {
  await page.evaluate(await benchPageScript());
  await openOnce(page);
  await afterPaint(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const { result: profile, events } = await recordTrace(cdp, async () => {
    const run = await page.evaluate(() =>
      (globalThis as unknown as { __bench: { scrollScreenPerFrame(): Promise<{ frames: number[] }> } }).__bench.scrollScreenPerFrame(),
    );
    console.log(`scrolled ${run.frames.length} screens`);
    return (await cdp.send('Profiler.stop')).profile as CpuProfile;
  });
  // The scroll runs in animation frames, on the page's main thread.
  const frame = events.find((e) => e.name === 'FireAnimationFrame');
  if (!frame) throw new Error('no animation frame in the scroll trace');
  const main = { pid: frame.pid, tid: frame.tid };
  const long = outermost(
    events.filter(
      (e) =>
        e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
    ),
  ).filter((e) => (e.dur ?? 0) > LONG_TASK_US);
  console.log(`${long.length} tasks over 50 ms`);
  for (const [index, task] of long.entries())
    describeWindow(`long task ${index + 1}`, events, profile, main, task.ts, task.ts + (task.dur ?? 0));
}

async function main(): Promise<void> {
  const benchCase = BENCH_CASES.find((c) => c.bytes === megabytes * 1024 * 1024 && c.annotations === count);
  if (!benchCase) throw new Error(`no bench case of ${megabytes} MB with ${count} annotations`);
  const input = prepareInput(benchCase);
  const storeDir = await mkdtemp(join(tmpdir(), 'factmark-trace-store-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-trace-profile-'));
  const browserProfileDir = await mkdtemp(join(tmpdir(), 'factmark-trace-browser-'));
  try {
    await writeFile(
      join(profileDir, IDENTITY_FILE),
      JSON.stringify({ schemaVersion: 1, analyst: ANALYST, profile: { initials: 'BA', colour: '#1f5f99', confirmed: true } }),
    );
    await prepareStore(storeDir, input);
    const services = await createAppServices({ storeDir, profileDir });
    const mainTimes: string[] = [];
    const onSave = { arrived: 0 };
    let cdp: CDPSession | null = null;
    const timed = {
      ...services,
      dispatch: async (channel: unknown, payload: unknown) => {
        // Marked in the page's trace as the request arrives, before main works on it.
        if (channel === 'annotations:apply' && cdp) {
          await cdp.send('Runtime.evaluate', { expression: "performance.mark('save-arrived')" });
          onSave.arrived += 1;
        }
        const startedAt = performance.now();
        const result = await services.dispatch(channel, payload);
        if (typeof channel === 'string' && channel.startsWith('document:'))
          mainTimes.push(`${channel} ${(performance.now() - startedAt).toFixed(0)} ms`);
        return result;
      },
    };
    const host = await openChromiumHost(timed, { headless: true, rendererDir, browserProfileDir });
    try {
      const { page } = host;
      page.on('console', (message) => message.type() === 'error' && console.log(`page error: ${message.text()}`));
      page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
      page.on('worker', (worker) => console.log(`worker started: ${worker.url()}`));
      page.on('requestfailed', (request) => console.log(`request failed: ${request.url()} ${request.failure()?.errorText}`));
      cdp = await page.context().newCDPSession(page);
      if (mode === 'tag') await traceTags(page, cdp, input.firstUntagged, onSave);
      else if (mode === 'scroll') await traceScroll(page, cdp);
      else await traceOpens(page, cdp, mainTimes);
    } finally {
      await host.close();
    }
  } finally {
    for (const dir of [storeDir, profileDir, browserProfileDir]) await rm(dir, { recursive: true, force: true });
  }
}

await main();
