import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../../main/app-services/create-app-services';
import { IDENTITY_FILE } from '../../main/casebook/identity-file';
import { DEFAULT_RENDERER_DIR } from '../../main/chromium-host/launch-chromium-host';
import { openChromiumHost } from '../../main/chromium-host/open-chromium-host';
import { importPlainText } from '../../main/import/import-article';
import { openStore } from '../../main/store';
import { toPlainText } from '../../shared/text/plain-text';
import { generateAnnotations } from './generate-annotations';
import { generateArticle } from './generate-article';

/**
 * Where one open of a large article spends its time, run by run: `tsx scripts/bench/trace-open.ts
 * [MB] [annotations] [runs]` opens a generated article from the library `runs` times (J pressed
 * once the highlights are painted, as the reader bench does) under the renderer's CPU profiler
 * and prints, per run, the time main spent answering `document:open`, the click-to-J time, and
 * the renderer's heaviest functions by self time (garbage collection included).
 */
const ANALYST = { id: 'bench', name: 'Bench Analyst' };
const [megabytes = 1, count = 10_000, runs = 4] = process.argv.slice(2).map(Number);
const TOP = 25;

async function prepareStore(storeDir: string): Promise<void> {
  const bytes = Buffer.from(generateArticle(megabytes * 1024 * 1024), 'utf8');
  const store = await openStore({ dir: storeDir, defaultAnalyst: ANALYST });
  try {
    const article = importPlainText({ fileName: 'bench.txt', bytes }, 'bench-doc', new Date());
    await store.addArticle(article, bytes);
    await store.updateSettings({ sampleInstalled: true });
    await store.replaceLayer(article.id, ANALYST, generateAnnotations(toPlainText(article.blocks), article.id, ANALYST, count));
  } finally {
    await store.close();
  }
}

/** The parts of a DevTools CPU profile read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

function selfTimes(profile: CpuProfile): [string, number][] {
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').at(-1)}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const storeDir = await mkdtemp(join(tmpdir(), 'factmark-trace-store-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-trace-profile-'));
  const browserProfileDir = await mkdtemp(join(tmpdir(), 'factmark-trace-browser-'));
  try {
    await writeFile(
      join(profileDir, IDENTITY_FILE),
      JSON.stringify({ schemaVersion: 1, analyst: ANALYST, profile: { initials: 'BA', colour: '#1f5f99', confirmed: true } }),
    );
    await prepareStore(storeDir);
    const services = await createAppServices({ storeDir, profileDir });
    const mainTimes: string[] = [];
    const timed = {
      ...services,
      dispatch: async (channel: unknown, payload: unknown) => {
        const startedAt = performance.now();
        const result = await services.dispatch(channel, payload);
        if (typeof channel === 'string' && channel.startsWith('document:'))
          mainTimes.push(`${channel} ${(performance.now() - startedAt).toFixed(0)} ms`);
        return result;
      },
    };
    const host = await openChromiumHost(timed, { headless: true, rendererDir: DEFAULT_RENDERER_DIR, browserProfileDir });
    try {
      const { page } = host;
      page.on('console', (message) => message.type() === 'error' && console.log(`page error: ${message.text()}`));
      page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
      page.on('worker', (worker) => console.log(`worker started: ${worker.url()}`));
      page.on('requestfailed', (request) => console.log(`request failed: ${request.url()} ${request.failure()?.errorText}`));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      for (let run = 0; run < runs; run++) {
        mainTimes.length = 0;
        await cdp.send('Profiler.start');
        const startedAt = Date.now();
        await page.getByTestId('library-item').first().click();
        await page.locator('.editor-host .ProseMirror').waitFor({ state: 'attached', timeout: 120_000 });
        await page.keyboard.press('j');
        await page.locator('.reader-selection').first().waitFor({ state: 'attached', timeout: 120_000 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
        const elapsed = Date.now() - startedAt;
        const { profile } = await cdp.send('Profiler.stop');
        console.log(`\nrun ${run + 1}: click to J painted ${elapsed} ms (as seen from Node); main: ${mainTimes.join(', ')}`);
        for (const [name, ms] of selfTimes(profile).slice(0, TOP)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
        await page.getByTestId('back-to-library').click();
        await page.getByTestId('library-item').first().waitFor();
      }
    } finally {
      await host.close();
    }
  } finally {
    for (const dir of [storeDir, profileDir, browserProfileDir]) await rm(dir, { recursive: true, force: true });
  }
}

await main();
