import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { creatorSchema } from '../../shared/model/annotation';
import { listBackups } from './backups';
import { layerPath } from './store-paths';

/** The analysts with a layer on one document, and the layer files whose owner cannot be told. */
export interface LayerAnalysts {
  /** Creator ids, sorted. */
  analysts: string[];
  /** Layer files (full paths) whose name is not decodable and whose content names nobody. */
  unreadable: string[];
}

/**
 * Lists who has annotated `documentId` in the store at `storeDir`: one analyst per layer file
 * (`annotations/<doc>/<analyst>.json`), including a layer whose file was set aside and survives
 * only in `backups/`, so the store can recover it when read. The id comes from the file name,
 * which `toSafeFileName` encodes reversibly; names shortened with a hash are read for the
 * `analyst` they hold. Reads only; an absent folder means no analysts.
 */
export async function listLayerAnalysts(storeDir: string, documentId: string): Promise<LayerAnalysts> {
  const folder = posix.dirname(layerPath(documentId, 'analyst'));
  const names = new Set<string>();
  for (const name of await listFiles(join(storeDir, folder))) {
    if (name.endsWith('.json') && !name.startsWith('.')) names.add(name);
  }
  for (const name of await listFiles(join(storeDir, 'backups', folder))) {
    const original = /^(.+\.json)\.\d+$/.exec(name)?.[1];
    if (original !== undefined && !original.startsWith('.')) names.add(original);
  }
  const analysts = new Set<string>();
  const unreadable: string[] = [];
  for (const name of names) {
    const relPath = `${folder}/${name}`;
    const id = idFromName(name.slice(0, -'.json'.length)) ?? (await idFromContent(storeDir, relPath));
    if (id !== undefined && layerPath(documentId, id) === relPath) analysts.add(id);
    else unreadable.push(join(storeDir, relPath));
  }
  return { analysts: [...analysts].sort(), unreadable: unreadable.sort() };
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Undoes `toSafeFileName`'s %XX encoding; undefined for hashed (`~`) or malformed names. */
function idFromName(base: string): string | undefined {
  if (base.includes('~')) return undefined;
  try {
    return decodeURIComponent(base);
  } catch {
    return undefined;
  }
}

/** The analyst id a layer file (or its newest backup that parses) names. */
async function idFromContent(storeDir: string, relPath: string): Promise<string | undefined> {
  const candidates = [join(storeDir, relPath), ...(await listBackups(storeDir, relPath)).map((b) => b.path)];
  for (const path of candidates) {
    try {
      const parsed = creatorSchema.safeParse((JSON.parse(await readFile(path, 'utf8')) as { analyst?: unknown }).analyst);
      if (parsed.success) return parsed.data.id;
    } catch {
      // Missing or not JSON: try the next backup.
    }
  }
  return undefined;
}
