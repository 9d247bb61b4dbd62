import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation } from '../shared/model/annotation';
import { openStore } from '../main/store';
import { runCrashSeries } from '../main/store/test-support/crash-harness';
import { ALICE, makeArticle, makeTempDir, sourceBytesFor } from '../main/store/test-support/fixtures';
import { figureOf, type Figure } from './bench/figures';
import { generateArticle } from './bench/generate-article';
import { median } from './bench/median';

const LAYER_SIZES = [100, 1_000, 10_000];
const APPLY_RUNS = 21;

/** `count` annotations quoting ~120-character stretches of `text` with 32 characters of context, like the app's. */
function annotationsOver(text: string, documentId: string, count: number): Annotation[] {
  const stride = Math.max(1, Math.floor((text.length - 200) / count));
  return Array.from({ length: count }, (_, i) => {
    const start = 32 + ((i * stride) % (text.length - 200));
    const end = start + 120;
    return {
      schemaVersion: 1,
      id: `bench-${i}`,
      documentId,
      creator: ALICE,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      body: { tag: 'claim', note: '' },
      target: {
        source: documentId,
        selector: {
          quote: {
            type: 'TextQuoteSelector',
            exact: text.slice(start, end),
            prefix: text.slice(start - 32, start),
            suffix: text.slice(end, end + 32),
          },
          position: { type: 'TextPositionSelector', start, end },
        },
      },
    };
  });
}

/** Every run's ms of applying one edited annotation to a layer of `size`, the layer file's size, and the ms of folding the changes into it. */
async function benchApply(text: string, size: number): Promise<{ times: number[]; bytes: number; compaction: number }> {
  const dir = await makeTempDir();
  const store = await openStore({ dir, defaultAnalyst: ALICE });
  await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
  const annotations = annotationsOver(text, 'doc', size);
  await store.replaceLayer('doc', ALICE, annotations);
  const times: number[] = [];
  for (let run = 0; run < APPLY_RUNS; run++) {
    const edited = annotations[(run * 7919) % size] as Annotation;
    const change = { upsert: [{ ...edited, body: { tag: edited.body.tag, note: `edit ${run}` } }], remove: [] };
    const t0 = performance.now();
    await store.applyToLayer('doc', ALICE, change);
    times.push(performance.now() - t0);
  }
  // Folding the changes into the layer file happens in the background once the layer is quiet; timed here once.
  const t0 = performance.now();
  await store.compactLayers();
  const compaction = performance.now() - t0;
  await store.close();
  const { size: bytes } = await stat(join(dir, 'annotations/doc/alice.json'));
  await rm(dir, { recursive: true });
  return { times, bytes, compaction };
}

/**
 * Measures the store: median ms of `applyToLayer` with one annotation into layers of 100, 1,000
 * and 10,000 annotations (each a durable change file: temp file, fsync, rename, folder fsync),
 * the one rewrite of the layer file that folds those changes in (in the app, once the layer is quiet), and a
 * crash run of `kills` SIGKILLs (two store folders in parallel) with its acknowledged and lost
 * counts. Keys of `table` name the figure and its unit; `figures` has every write as a sample.
 */
export async function benchStore(kills = 200): Promise<{ table: Record<string, number>; figures: Figure[] }> {
  const text = generateArticle(1024 * 1024);
  const figures: Record<string, number> = {};
  const samples: Figure[] = [];
  for (const size of LAYER_SIZES) {
    const { times, bytes, compaction } = await benchApply(text, size);
    samples.push(figureOf(`store write of one change into ${size.toLocaleString('en')} annotations`, 'ms', times));
    figures[`applyToLayer into ${size} annotations (ms)`] = Math.round(median(times) * 100) / 100;
    figures[`layer file of ${size} annotations (KB)`] = Math.round(bytes / 1024);
    figures[`background compaction of ${size} annotations (ms)`] = Math.round(compaction * 100) / 100;
  }
  const dirs = [await makeTempDir(), await makeTempDir()];
  const t0 = performance.now();
  const series = await Promise.all(
    dirs.map((dir, lane) =>
      runCrashSeries({
        dir,
        kills: Math.ceil(kills / 2) - (lane === 1 && kills % 2 ? 1 : 0),
        inFlight: lane + 1,
        minDelayMs: 20,
        maxDelayMs: 200,
      }),
    ),
  );
  figures['crash run seconds'] = Math.round((performance.now() - t0) / 100) / 10;
  figures['crash kills'] = series.reduce((n, s) => n + s.kills, 0);
  figures['crash acknowledged writes'] = series.reduce((n, s) => n + s.acknowledged, 0);
  figures['crash lost writes'] = series.reduce((n, s) => n + s.lost, 0);
  figures['crash inconsistent layers'] = series.reduce((n, s) => n + s.inconsistent, 0);
  figures['crash file problems'] = series.reduce((n, s) => n + s.problems.length, 0);
  for (const s of series) for (const problem of s.problems) console.error(problem);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true })));
  return { table: figures, figures: samples };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kills = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  console.table((await benchStore(kills)).table);
}
