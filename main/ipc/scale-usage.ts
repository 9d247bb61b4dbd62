import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScaleUsage } from '../../shared/ipc/settings-contract';
import { annotationLayerSchema } from '../../shared/model/annotation-layer';

/**
 * Counts the verdicts given on each rating scale across every analyst's layer in the store at
 * `storeDir` (`annotations/<doc>/<analyst>.json`), so a scale is never deleted without saying who
 * rated on it. Reads only; a layer file that does not parse or validate is left out (the store
 * reports it when the layer is opened).
 */
export async function countScaleUsage(storeDir: string): Promise<ScaleUsage[]> {
  const verdicts = new Map<string, number>();
  const articles = new Map<string, Set<string>>();
  const root = join(storeDir, 'annotations');
  for (const folder of await listNames(root)) {
    for (const name of await listNames(join(root, folder))) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const layer = annotationLayerSchema.safeParse(await readJson(join(root, folder, name)));
      if (!layer.success) continue;
      for (const annotation of layer.data.annotations) {
        const scale = annotation.body.claim?.verdict?.scale;
        if (scale === undefined) continue;
        verdicts.set(scale, (verdicts.get(scale) ?? 0) + 1);
        articles.set(scale, (articles.get(scale) ?? new Set()).add(layer.data.documentId));
      }
    }
  }
  return [...verdicts].map(([scale, count]) => ({ scale, verdicts: count, articles: articles.get(scale)?.size ?? 0 }));
}

async function listNames(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
