import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { createAppServices } from '../../main/app-services/create-app-services';
import { IDENTITY_FILE } from '../../main/casebook/identity-file';
import { findChromium } from '../../main/chromium/find-chromium';
import { DEFAULT_RENDERER_DIR } from '../../main/chromium-host/launch-chromium-host';
import { openChromiumHost } from '../../main/chromium-host/open-chromium-host';
import { importPlainText } from '../../main/import/import-article';
import { openStore } from '../../main/store';
import type { Annotation } from '../../shared/model/annotation';
import { segmentText } from '../../shared/segment';
import { toPlainText } from '../../shared/text/plain-text';
import type { BenchCase } from './bench-sizes';
import { figureOf, type Figure } from './figures';
import { generateAnnotations } from './generate-annotations';
import { generateArticle } from './generate-article';
import { benchPageScript } from './page-bundle';

/** The analyst whose layer the benchmark opens and tags. */
export const ANALYST = { id: 'bench', name: 'Bench Analyst' };
const OPEN_RUNS = 5;
const TAG_RUNS = 20;
// Paragraphs left without annotations in the middle of the article, where tagging is timed.
const UNTAGGED_PARAGRAPHS = 10;
// After J answers, how long the benchmark keeps counting long tasks left over from opening.
const SETTLE_MS = 1500;
const WHEEL_EVENTS = 300;
// The naive reader's frames are sampled, not all walked: at 5 MB it has ~1,700 screens of ~300 ms
// each under load, which held the bench for many minutes; its median frame needs far fewer.
const NAIVE_SCROLL_FRAMES = 300;
const WHEEL_PX = 400;
const VIEWPORT = { width: 1280, height: 860 };
// Longest any one step may wait (an open, a tag, a save, a scroll) before the bench gives up
// naming it: a run that waits forever tells nobody where.
const STEP_TIMEOUT_MS = 180_000;

/**
 * `work`, or an error naming `step` once it has waited `ms`. The work itself is not stopped;
 * the caller's cleanup (closing the browser) ends it.
 */
async function step<T>(name: string, work: Promise<T>, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`reader bench: "${name}" did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reader figures for the cases asked, and notes on how they were taken. */
export interface ReaderFigures {
  figures: Figure[];
  notes: string[];
}

/**
 * Times the real renderer in headless Chromium, with the app's own services and store, on one
 * generated article with its annotations, beside a naive reader (a flat ProseMirror view with
 * every highlight in one DecorationSet) in another Chromium on the same article:
 * - open: from the click in the library until highlights are painted and J has selected a
 *   sentence (painted), with the long tasks from first paint until `SETTLE_MS` after that;
 * - tag: key 1 on a sentence that had no tag until the highlight is painted (the app's perf
 *   log), and the page's script + style + layout time meanwhile (DevTools metrics);
 * - autosave through the app's debounced path: the `annotations:apply` request's time in main
 *   (validation and durable write: time on disk) and the page's main-thread time from the change
 *   painted until the save indicator says saved;
 * - scroll top to bottom, one screen per frame, and a stretch at wheel speed (5 MB only):
 *   frame durations and long tasks;
 * - memory: JS heap, DOM nodes, renderer RSS.
 * Throws if a tag did not add an annotation, so a figure cannot come from removing one.
 */
export async function benchReader(
  cases: readonly BenchCase[],
  log: (line: string) => void,
  rendererDir = DEFAULT_RENDERER_DIR,
): Promise<ReaderFigures> {
  const script = await benchPageScript();
  const figures: Figure[] = [];
  const notes: string[] = [];
  for (const benchCase of cases) {
    const input = prepareInput(benchCase);
    const naive = await runNaive(input, script, benchCase.label.startsWith('5 MB'), log);
    const ours = await runApp(input, script, rendererDir, benchCase.label.startsWith('5 MB'), log);
    const label = benchCase.label;
    figures.push(
      figureOf(`open ${label}`, 'ms', ours.interactive, naive.open),
      figureOf(`open painted ${label}`, 'ms', ours.painted),
      figureOf(`long tasks after open ${label}`, 'count', ours.longTaskCounts),
      figureOf(`longest task after open ${label}`, 'ms', ours.longestTasks),
      figureOf(`tag ${label}`, 'ms', ours.tag, naive.tag),
      figureOf(`tag script+layout ${label}`, 'ms', ours.tagWork),
      figureOf(`autosave disk ${label}`, 'ms', ours.saveDisk),
      figureOf(`autosave renderer ${label}`, 'ms', ours.saveRenderer),
      ...(ours.followUp.length > 0 ? [figureOf(`tag follow-up renderer ${label}`, 'ms', ours.followUp)] : []),
      figureOf(`JS heap ${label}`, 'MB', [ours.memory.heapMB], [naive.memory.heapMB]),
      figureOf(`DOM nodes ${label}`, 'nodes', [ours.memory.nodes], [naive.memory.nodes]),
    );
    if (ours.memory.rssMB !== undefined) figures.push(figureOf(`renderer RSS ${label}`, 'MB', [ours.memory.rssMB]));
    if (ours.scroll && naive.scroll) {
      figures.push(
        figureOf(`scroll ${label} frame`, 'ms', ours.scroll.frames, naive.scroll.frames),
        figureOf(`long tasks scrolling ${label}`, 'count', [ours.scroll.longTasks.length], [naive.scroll.longTasks.length]),
        figureOf(
          `longest task scrolling ${label}`,
          'ms',
          [Math.max(0, ...ours.scroll.longTasks.map((t) => t.duration))],
          [Math.max(0, ...naive.scroll.longTasks.map((t) => t.duration))],
        ),
      );
      if (ours.wheel && naive.wheel) {
        figures.push(
          figureOf(`scroll ${label} frame at wheel speed`, 'ms', ours.wheel.frames, naive.wheel.frames),
          figureOf(`long tasks wheel scrolling ${label}`, 'count', [ours.wheel.longTasks.length], [naive.wheel.longTasks.length]),
        );
      }
      notes.push(
        `scroll ${label}: scroll height ${ours.scroll.heights[0]} px at the top, ${ours.scroll.heights[1]} px at the bottom (a change moves the thumb); ${ours.scroll.frames.length} frames one screen each`,
      );
    }
    notes.push(...ours.notes);
  }
  return { figures, notes };
}

/** A generated article with its annotations, leaving `UNTAGGED_PARAGRAPHS` untagged in the middle to tag. */
export interface BenchInput {
  label: string;
  bytes: Buffer;
  blocks: string[];
  annotations: Annotation[];
  /** The text of the paragraph opening the untagged stretch, to click. */
  firstUntagged: string;
  /** Sentences of the untagged stretch, in plain-text offsets. */
  untaggedSentences: { start: number; end: number }[];
}

/** The article and annotations of `benchCase`, generated from fixed seeds. */
export function prepareInput(benchCase: BenchCase): BenchInput {
  const source = generateArticle(benchCase.bytes);
  const bytes = Buffer.from(source, 'utf8');
  const article = importPlainText({ fileName: 'bench.txt', bytes }, 'bench-doc', new Date());
  const text = toPlainText(article.blocks);
  const marker = /\[case (\d+)-0\]/g;
  marker.lastIndex = Math.floor(text.length / 2);
  const first = Number(marker.exec(text)![1]);
  const start = text.lastIndexOf('\n\n', text.indexOf(`[case ${first}-0]`)) + 2;
  const end = text.lastIndexOf('\n\n', text.indexOf(`[case ${first + UNTAGGED_PARAGRAPHS}-0]`)) + 2;
  const untagged = { start, end };
  return {
    label: benchCase.label,
    bytes,
    blocks: article.blocks.map((b) => b.text),
    annotations: generateAnnotations(text, 'bench-doc', ANALYST, benchCase.annotations, untagged),
    firstUntagged: text.slice(start, text.indexOf('\n\n', start)),
    untaggedSentences: segmentText(text).filter((s) => s.start >= start && s.start < end),
  };
}

interface Memory {
  heapMB: number;
  nodes: number;
  rssMB?: number;
}
interface LongTask {
  start: number;
  duration: number;
}
interface ScrollRun {
  frames: number[];
  longTasks: LongTask[];
  heights: [number, number];
}
interface BenchWindow {
  __bench: {
    afterPaint(): Promise<number>;
    whenPresent(selector: string): Promise<number>;
    longTasksSince(since: number): LongTask[];
    scrollScreenPerFrame(maxFrames?: number): Promise<ScrollRun>;
    scroller(): { scrollTop: number; getBoundingClientRect(): { x: number; y: number; width: number; height: number } };
    startFrames(): void;
    stopFrames(): ScrollRun;
    watchLongTasks(): void;
    openNaive(
      mount: unknown,
      blocks: readonly string[],
      highlights: readonly { start: number; end: number; tag: string }[],
    ): Promise<number>;
    tagNaive(highlight: { start: number; end: number; tag: string }): Promise<number>;
  };
  __factmarkPerf: { entries(): { name: string; ms: number }[] };
  __benchClickAt?: number;
  document: { getElementById(id: string): unknown };
}

interface NaiveRun {
  open: number[];
  tag: number[];
  memory: Memory;
  scroll?: ScrollRun;
  wheel?: ScrollRun;
}
interface AppRun {
  painted: number[];
  interactive: number[];
  longTaskCounts: number[];
  longestTasks: number[];
  tag: number[];
  tagWork: number[];
  saveDisk: number[];
  saveRenderer: number[];
  followUp: number[];
  memory: Memory;
  notes: string[];
  scroll?: ScrollRun;
  wheel?: ScrollRun;
}

async function runNaive(input: BenchInput, script: string, scroll: boolean, log: (line: string) => void): Promise<NaiveRun> {
  const label = `reader ${input.label} naive`;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await step(
      `${label}: load the page`,
      page.setContent(
        `<!doctype html><html><head><style>${await appStyles()}</style></head><body><main id="mount" style="max-width:46em;margin:0 auto;padding:24px"></main></body></html>`,
      ),
    );
    await step(`${label}: install the probes`, page.evaluate(script));
    await step(
      `${label}: watch long tasks`,
      page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.watchLongTasks()),
    );
    const highlights = input.annotations.map((a) => ({
      start: a.target.selector.position.start,
      end: a.target.selector.position.end,
      tag: a.body.tag,
    }));
    const open: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      open.push(
        await step(
          `${label}: open ${run + 1}`,
          page.evaluate(
            ({ blocks, highlights }) =>
              (globalThis as unknown as BenchWindow).__bench.openNaive(
                (globalThis as unknown as BenchWindow).document.getElementById('mount'),
                blocks,
                highlights,
              ),
            { blocks: input.blocks, highlights },
          ),
        ),
      );
    }
    const tag: number[] = [];
    log(`${label}: open ${open.map(Math.round).join(', ')} ms`);
    for (const [i, s] of input.untaggedSentences.slice(0, TAG_RUNS).entries())
      tag.push(
        await step(
          `${label}: tag ${i + 1}`,
          page.evaluate((h) => (globalThis as unknown as BenchWindow).__bench.tagNaive(h), { ...s, tag: 'claim' }),
        ),
      );
    const memory = await step(`${label}: memory`, measureMemory(page, await page.context().newCDPSession(page)));
    if (!scroll) return { open, tag, memory };
    const screen = await step(
      `${label}: scroll top to bottom in at most ${NAIVE_SCROLL_FRAMES} frames`,
      page.evaluate((frames) => (globalThis as unknown as BenchWindow).__bench.scrollScreenPerFrame(frames), NAIVE_SCROLL_FRAMES),
    );
    log(`${label}: scrolled in ${screen.frames.length} frames`);
    const wheel = await wheelScroll(page, label);
    return { open, tag, memory, scroll: screen, wheel };
  } finally {
    await browser.close();
  }
}

async function appStyles(): Promise<string> {
  const dir = fileURLToPath(new URL('../../renderer/src/styles/', import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.css')).sort();
  return (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
}

async function runApp(
  input: BenchInput,
  script: string,
  rendererDir: string,
  scroll: boolean,
  log: (line: string) => void,
): Promise<AppRun> {
  const storeDir = await mkdtemp(join(tmpdir(), 'factmark-bench-ui-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-bench-profile-'));
  const browserProfileDir = await mkdtemp(join(tmpdir(), 'factmark-bench-browser-'));
  try {
    await writeFile(
      join(profileDir, IDENTITY_FILE),
      JSON.stringify({ schemaVersion: 1, analyst: ANALYST, profile: { initials: 'BA', colour: '#1f5f99', confirmed: true } }),
    );
    const documentId = await prepareStore(storeDir, input);
    const services = await createAppServices({ storeDir, profileDir });
    const saves: SaveSeen[] = [];
    const dispatch = services.dispatch;
    // Set once the page's DevTools session is open: the page's task time as each save arrives.
    let pageTasks: (() => Promise<number>) | null = null;
    const timed = {
      ...services,
      dispatch: async (channel: unknown, payload: unknown) => {
        if (channel !== 'annotations:apply' || !pageTasks) return dispatch(channel, payload);
        const pageTaskMs = await pageTasks();
        const startedAt = performance.now();
        const result = await dispatch(channel, payload);
        saves.push({ startedAt, pageTaskMs, ms: performance.now() - startedAt });
        return result;
      },
    };
    const label = `reader ${input.label}`;
    const host = await step(
      `${label}: start the Chromium host`,
      openChromiumHost(timed, { headless: true, rendererDir, browserProfileDir }),
    );
    try {
      const { page } = host;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      pageTasks = () => metric(cdp, ['TaskDuration']);
      await step(`${label}: install the probes`, page.evaluate(script));
      await page.evaluate(() => {
        (globalThis as unknown as BenchWindow).__bench.watchLongTasks();
        // When the analyst clicked, in the page's clock: the start of every open.
        (
          globalThis as unknown as { addEventListener(type: string, listener: (e: { timeStamp: number }) => void, capture: boolean): void }
        ).addEventListener('click', (e) => ((globalThis as unknown as BenchWindow).__benchClickAt = e.timeStamp), true);
      });
      const opened = await timeOpens(page, label);
      log(`${label}: open to interactive ${opened.interactive.map(Math.round).join(', ')} ms`);
      const memory = await step(`${label}: memory`, measureMemory(page, cdp, browserProfileDir));
      const tagged = await timeTags(page, cdp, input, saves, label);
      log(`${label}: tag ${tagged.tag.map(Math.round).join(', ')} ms`);
      log(`${label}: autosave renderer ${tagged.saveRenderer.map((ms) => ms.toFixed(1)).join(', ')} ms`);
      const check = await step(
        `${label}: read the saved layer back`,
        page.evaluate(
          (id) =>
            (
              globalThis as unknown as {
                factmark: { 'document:open'(p: { documentId: string }): Promise<{ ok: boolean; value: { annotations: unknown[] } }> };
              }
            ).factmark['document:open']({ documentId: id }),
          documentId,
        ),
      );
      const added = check.value.annotations.length - input.annotations.length;
      if (added !== TAG_RUNS)
        throw new Error(
          `reader ${input.label}: ${TAG_RUNS} tag presses added ${added} annotations; the tag figure would not be adding tags`,
        );
      const result = { ...opened, ...tagged, memory, notes: tagged.notes };
      if (!scroll) return result;
      const screen = await step(
        `${label}: scroll a screen per frame`,
        page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.scrollScreenPerFrame(), undefined),
      );
      log(`${label}: scrolled ${screen.frames.length} screens, ${screen.longTasks.length} long tasks`);
      const wheel = await wheelScroll(page, label);
      return { ...result, scroll: screen, wheel };
    } finally {
      await host.close();
    }
  } finally {
    await rm(storeDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
    await rm(browserProfileDir, { recursive: true, force: true });
  }
}

/** Writes `input` as the only article in a new store at `storeDir`, with its annotations as the bench analyst's layer; returns its id. */
export async function prepareStore(storeDir: string, input: BenchInput): Promise<string> {
  const store = await openStore({ dir: storeDir, defaultAnalyst: ANALYST });
  try {
    const article = importPlainText({ fileName: 'bench.txt', bytes: input.bytes }, 'bench-doc', new Date());
    await store.addArticle(article, input.bytes);
    await store.updateSettings({ sampleInstalled: true });
    await store.replaceLayer(
      article.id,
      ANALYST,
      input.annotations.map((a) => ({ ...a, documentId: article.id, target: { ...a.target, source: article.id } })),
    );
    return article.id;
  } finally {
    await store.close();
  }
}

const countEntries = (page: Page, name: string) =>
  page.evaluate((n) => (globalThis as unknown as BenchWindow).__factmarkPerf.entries().filter((e) => e.name === n).length, name);
const waitForEntries = (page: Page, name: string, moreThan: number) =>
  page.waitForFunction(
    ({ n, count }) => (globalThis as unknown as BenchWindow).__factmarkPerf.entries().filter((e) => e.name === n).length > count,
    { n: name, count: moreThan },
    { timeout: STEP_TIMEOUT_MS },
  );
const afterPaint = (page: Page, name: string) =>
  step(
    name,
    page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.afterPaint()),
  );
const lastEntry = (page: Page, name: string) =>
  page.evaluate(
    (n) =>
      (globalThis as unknown as BenchWindow).__factmarkPerf
        .entries()
        .filter((e) => e.name === n)
        .at(-1)!.ms,
    name,
  );

// Opens the article OPEN_RUNS times from the library: painted (the app's perf log), interactive
// (J's selection painted, J pressed as soon as the highlights were), and long tasks from first
// paint until SETTLE_MS after interactive.
async function timeOpens(page: Page, label: string) {
  const painted: number[] = [];
  const interactive: number[] = [];
  const longTaskCounts: number[] = [];
  const longestTasks: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    const before = await countEntries(page, 'open');
    await page.getByTestId('library-item').first().click({ timeout: STEP_TIMEOUT_MS });
    await waitForEntries(page, 'open', before);
    const paintMs = await lastEntry(page, 'open');
    await page.keyboard.press('j');
    await page.locator('.reader-selection').first().waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
    const { clickAt, readyAt } = await step(
      `${label}: open ${run + 1}, J painted`,
      page.evaluate(async () => ({
        readyAt: await (globalThis as unknown as BenchWindow).__bench.afterPaint(),
        clickAt: (globalThis as unknown as BenchWindow).__benchClickAt!,
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tasks = await step(
      `${label}: open ${run + 1}, long tasks`,
      page.evaluate((since) => (globalThis as unknown as BenchWindow).__bench.longTasksSince(since), clickAt + paintMs),
    );
    painted.push(paintMs);
    interactive.push(readyAt - clickAt);
    longTaskCounts.push(tasks.length);
    longestTasks.push(Math.max(0, ...tasks.map((t) => t.duration)));
    if (run < OPEN_RUNS - 1) await page.getByTestId('back-to-library').click({ timeout: STEP_TIMEOUT_MS });
  }
  return { painted, interactive, longTaskCounts, longestTasks };
}

const metric = async (cdp: CDPSession, names: readonly string[]) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.filter((m) => names.includes(m.name)).reduce((sum, m) => sum + m.value * 1000, 0);
};
const WORK = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

/** One `annotations:apply` request as main saw it: when it arrived, the page's task time then, and its time in main. */
interface SaveSeen {
  startedAt: number;
  pageTaskMs: number;
  ms: number;
}

// Tags TAG_RUNS sentences of the untagged stretch, one after another (J between them), each
// followed by its autosave through the app's debounce. The save's renderer time runs from its
// request reaching main until the indicator's "saved" is painted; the page's time from the tag
// painted until that request (the tag's follow-up work in idle moments, the debounce) is its
// own figure. The indicator is awaited in the page (a MutationObserver), so the wait itself
// adds no polling to the page's task time.
async function timeTags(page: Page, cdp: CDPSession, input: BenchInput, saves: readonly SaveSeen[], label: string) {
  const paragraph = page
    .getByTestId('article')
    .locator('p', { hasText: input.firstUntagged.slice(0, 60) })
    .first();
  await paragraph.scrollIntoViewIfNeeded({ timeout: STEP_TIMEOUT_MS });
  await paragraph.click({ position: { x: 4, y: 6 }, timeout: STEP_TIMEOUT_MS });
  await afterPaint(page, `${label}: select the first untagged sentence`);
  const tag: number[] = [];
  const tagWork: number[] = [];
  const saveDisk: number[] = [];
  const saveRenderer: number[] = [];
  const followUp: number[] = [];
  for (let run = 0; run < TAG_RUNS; run++) {
    const before = await countEntries(page, 'tag');
    const savesBefore = saves.length;
    const work0 = await metric(cdp, WORK);
    await page.keyboard.press('Digit1');
    await waitForEntries(page, 'tag', before);
    const work1 = await metric(cdp, WORK);
    tag.push(await lastEntry(page, 'tag'));
    tagWork.push(work1 - work0);
    await afterPaint(page, `${label}: tag ${run + 1} painted`);
    const task0 = await metric(cdp, ['TaskDuration']);
    const paintedAt = performance.now();
    await step(`${label}: autosave ${run + 1} reaches main`, savesArrive(saves, savesBefore));
    await step(
      `${label}: autosave ${run + 1} shows saved`,
      page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.whenPresent('[data-testid="save-status"][data-state="saved"]')),
    );
    const task1 = await metric(cdp, ['TaskDuration']);
    const save = saves[savesBefore]!;
    saveDisk.push(save.ms);
    saveRenderer.push(task1 - save.pageTaskMs);
    if (save.startedAt >= paintedAt) followUp.push(save.pageTaskMs - task0);
    await page.keyboard.press('j');
    await afterPaint(page, `${label}: J after tag ${run + 1}`);
  }
  const notes =
    followUp.length < TAG_RUNS
      ? [`${label}: ${TAG_RUNS - followUp.length} autosaves began before the tag was painted; their follow-up time is left out`]
      : [];
  return { tag, tagWork, saveDisk, saveRenderer, followUp, notes };
}

/** Resolves once `saves` holds more than `count` requests; polled from Node, so it costs the page nothing. */
async function savesArrive(saves: readonly SaveSeen[], count: number): Promise<void> {
  while (saves.length <= count) await new Promise((resolve) => setTimeout(resolve, 2));
}

async function measureMemory(page: Page, cdp: CDPSession, browserProfileDir?: string): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const nodes = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { getElementsByTagName(t: string): { length: number } } }).document.getElementsByTagName('*')
        .length,
  );
  const rssMB = browserProfileDir === undefined ? undefined : await rendererRss(browserProfileDir);
  return { heapMB: Math.round(heap.usedSize / 1e5) / 10, nodes, rssMB };
}

// The largest resident set among the renderer processes of the browser started on `profileDir`.
async function rendererRss(profileDir: string): Promise<number | undefined> {
  const procs = new Map<number, { ppid: number; args: string; rssKB: number }>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = await readFile(`/proc/${name}/status`, 'utf8');
      const args = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replaceAll('\0', ' ');
      procs.set(Number(name), {
        ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]),
        args,
        rssKB: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  const root = [...procs].find(([, p]) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.includes('--type='))?.[0];
  if (root === undefined) return undefined;
  const descends = (pid: number): boolean => pid === root || (procs.has(pid) && pid !== 1 && descends(procs.get(pid)!.ppid));
  const renderers = [...procs].filter(([pid, p]) => p.args.includes('--type=renderer') && descends(pid));
  return renderers.length === 0 ? undefined : Math.round(Math.max(...renderers.map(([, p]) => p.rssKB)) / 1024);
}

// WHEEL_EVENTS wheel notches of WHEEL_PX from the top, sent as fast as the page takes them.
async function wheelScroll(page: Page, label: string): Promise<ScrollRun> {
  await step(
    `${label}: wheel scroll, back to the top`,
    page.evaluate(async () => {
      (globalThis as unknown as BenchWindow).__bench.scroller().scrollTop = 0;
      await (globalThis as unknown as BenchWindow).__bench.afterPaint();
    }),
  );
  const box = await step(
    `${label}: wheel scroll, find the scroller`,
    page.evaluate(() => {
      const r = (globalThis as unknown as BenchWindow).__bench.scroller().getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + Math.min(r.height / 2, 400) };
    }),
  );
  await step(`${label}: wheel scroll, move the pointer`, page.mouse.move(box.x, box.y));
  await step(
    `${label}: wheel scroll, start counting frames`,
    page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.startFrames()),
  );
  for (let i = 0; i < WHEEL_EVENTS; i++) await step(`${label}: wheel notch ${i + 1}`, page.mouse.wheel(0, WHEEL_PX));
  await afterPaint(page, `${label}: wheel scroll, last frame`);
  return step(
    `${label}: wheel scroll, stop counting frames`,
    page.evaluate(() => (globalThis as unknown as BenchWindow).__bench.stopFrames()),
  );
}
