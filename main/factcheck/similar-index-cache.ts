import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadSimilarIndex, SIMILAR_INDEX_FORMAT, type SimilarIndex } from '../../shared/similar';
import type { Store } from '../store';
import { LIBRARY_PATH, SETTINGS_PATH } from '../store/store-paths';
import { FACT_CHECKS_PATH } from './fact-checks-file';

/** Where saved indexes live: the user's cache folder, never the store (a casebook would sync it to colleagues). */
export function defaultSimilarCacheDir(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'factmark');
}

/**
 * The store's content version as the similar-claims index sees it: a hash of the index format and
 * of the path, size and modification time of the library, the settings (custom scales group the
 * verdicts), the fact-checks file and every annotation file (layers and their unfolded change
 * files). Any save changes it; reading the store does not.
 */
export async function similarContentVersion(storeDir: string): Promise<string> {
  const hash = createHash('sha256').update(`format ${SIMILAR_INDEX_FORMAT}\n`);
  const files = [LIBRARY_PATH, SETTINGS_PATH, FACT_CHECKS_PATH, ...(await filesUnder(storeDir, 'annotations'))];
  for (const path of files) {
    const info = await stat(join(storeDir, path)).catch(() => undefined);
    hash.update(`${path} ${info === undefined ? '-' : `${info.size} ${info.mtimeMs}`}\n`);
  }
  return hash.digest('hex');
}

/**
 * The similar-claims index of the store in `store.dir`: loaded from the index saved in `cacheDir`
 * when it was saved at the store's current content version (`similarContentVersion`), else built
 * with `build` and saved for the next call. A cache that cannot be read or written is rebuilt or
 * left unsaved: it only ever costs time.
 */
export async function cachedSimilarIndex(
  store: Pick<Store, 'dir'>,
  build: () => Promise<SimilarIndex>,
  cacheDir: string = defaultSimilarCacheDir(),
): Promise<{ index: SimilarIndex; fromCache: boolean }> {
  const file = join(cacheDir, `similar-${createHash('sha256').update(resolve(store.dir)).digest('hex').slice(0, 16)}.json`);
  const version = await similarContentVersion(store.dir);
  const saved = await readFile(file, 'utf8').catch(() => '');
  const newline = saved.indexOf('\n');
  if (newline > 0 && saved.slice(0, newline) === version) {
    const index = loadSimilarIndex(saved.slice(newline + 1));
    if (index !== undefined) return { index, fromCache: true };
  }
  const index = await build();
  // Written whole under another name, then renamed: a reader never sees half an index.
  const partial = `${file}.${process.pid}.partial`;
  await mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(partial, `${version}\n${index.serialise()}`))
    .then(() => rename(partial, file))
    .catch(() => undefined);
  return { index, fromCache: false };
}

async function filesUnder(storeDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(storeDir, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(storeDir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}
