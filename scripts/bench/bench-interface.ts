import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDENTITY_FILE } from '../../main/casebook/identity-file';
import { launchChromiumHost } from '../../main/chromium-host/launch-chromium-host';
import { importPlainText } from '../../main/import/import-article';
import { openStore } from '../../main/store';
import type { Bridge } from '../../shared/ipc/bridge';
import { toPlainText } from '../../shared/text/plain-text';
import type { BenchCase } from './bench-sizes';
import { generateArticle } from './generate-article';
import { generateAnnotations } from './generate-annotations';
import { median } from './median';

const ANALYST = { id: 'bench', name: 'Bench Analyst' };
const OPEN_RUNS = 3;
const TAG_RUNS = 9;
const SAVE_RUNS = 9;

/** Interface timings for one case, medians in ms. */
export interface InterfaceFigures {
  open: number;
  tag: number;
  saveRoundTrip: number;
}

/**
 * Times the real renderer in headless Chromium, with the real handlers and store, on a store
 * holding one generated article and its annotations: opening it until every highlight is painted,
 * tagging one sentence from key press to painted highlight, and one autosave round trip through
 * the bridge (validation, IPC, durable write), measured from the page.
 */
export async function benchInterface(benchCase: BenchCase): Promise<InterfaceFigures> {
  const storeDir = await mkdtemp(join(tmpdir(), 'factmark-bench-ui-'));
  // The analyst's identity, already confirmed, so the first-run profile dialog stays away.
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-bench-profile-'));
  try {
    await writeFile(join(profileDir, IDENTITY_FILE), JSON.stringify({ schemaVersion: 1, analyst: ANALYST, profile: { initials: 'BA', colour: '#1f5f99', confirmed: true } }));
    const documentId = await prepareStore(storeDir, benchCase);
    const host = await launchChromiumHost({ storeDir, profileDir, headless: true });
    try {
      const { page } = host;
      const opens: number[] = [];
      for (let run = 0; run < OPEN_RUNS; run++) {
        await page.getByTestId('library-item').first().click();
        await page.waitForFunction((n) => (globalThis as unknown as PerfWindow).__factmarkPerf.entries().filter((e) => e.name === 'open').length > n, run);
        opens.push(await lastEntry(page, 'open'));
        if (run < OPEN_RUNS - 1) await page.getByTestId('back-to-library').click();
      }

      const tags: number[] = [];
      await page.getByTestId('article').locator('p').nth(3).click();
      for (let run = 0; run < TAG_RUNS; run++) {
        const before = await countEntries(page, 'tag');
        await page.keyboard.press('j');
        await page.keyboard.press('Digit1');
        await page.waitForFunction((n) => (globalThis as unknown as PerfWindow).__factmarkPerf.entries().filter((e) => e.name === 'tag').length > n, before);
        tags.push(await lastEntry(page, 'tag'));
      }

      const saves = await page.evaluate(
        async ({ id, runs }) => {
          const bridge = (globalThis as unknown as BridgeWindow).factmark;
          const opened = await bridge['document:open']({ documentId: id });
          if (!opened.ok) throw new Error(opened.error.message);
          const annotation = opened.value.annotations[0];
          if (!annotation) throw new Error('the benchmark article has no annotations');
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const changed = { ...annotation, body: { ...annotation.body, note: `run ${i}` }, modified: new Date().toISOString() };
            const t0 = performance.now();
            const saved = await bridge['annotations:apply']({ documentId: id, upsert: [changed], remove: [] });
            times.push(performance.now() - t0);
            if (!saved.ok) throw new Error(saved.error.message);
          }
          return times;
        },
        { id: documentId, runs: SAVE_RUNS },
      );
      return { open: median(opens), tag: median(tags), saveRoundTrip: median(saves) };
    } finally {
      await host.close();
    }
  } finally {
    await rm(storeDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  }
}

interface PerfWindow {
  __factmarkPerf: { entries(): { name: string; ms: number }[] };
}
interface BridgeWindow {
  factmark: Bridge;
}

async function prepareStore(storeDir: string, benchCase: BenchCase): Promise<string> {
  const store = await openStore({ dir: storeDir, defaultAnalyst: ANALYST });
  try {
    const bytes = Buffer.from(generateArticle(benchCase.bytes), 'utf8');
    const article = importPlainText({ fileName: 'bench.txt', bytes }, 'bench-doc', new Date());
    await store.addArticle(article, bytes);
    await store.updateSettings({ sampleInstalled: true });
    const text = toPlainText(article.blocks);
    await store.replaceLayer(article.id, ANALYST, generateAnnotations(text, article.id, ANALYST, benchCase.annotations));
    return article.id;
  } finally {
    await store.close();
  }
}

async function countEntries(page: import('playwright-core').Page, name: string): Promise<number> {
  return page.evaluate((n) => (globalThis as unknown as PerfWindow).__factmarkPerf.entries().filter((e) => e.name === n).length, name);
}

async function lastEntry(page: import('playwright-core').Page, name: string): Promise<number> {
  return page.evaluate((n) => (globalThis as unknown as PerfWindow).__factmarkPerf.entries().filter((e) => e.name === n).at(-1)!.ms, name);
}
