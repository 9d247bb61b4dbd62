import { posix } from 'node:path';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppCommand } from '../../shared/ipc/channels';
import {
  createSimilarIndex,
  entriesFromLayer,
  entryFromFactCheck,
  type SimilarIndex,
  type SimilarMatch,
  type SimilarQuery,
} from '../../shared/similar';
import { PRESET_SCALES } from '../../shared/verdict';
import { listLayerAnalysts, type Store } from '../store';
import { LIBRARY_PATH, layerPath } from '../store/store-paths';
import { FACT_CHECKS_PATH, openFactChecksFile } from './fact-checks-file';

/** What claim memory reads: the store, its write channel, and the casebook's word that colleagues' files changed. */
export type RememberingStore = Pick<Store, 'dir' | 'listArticles' | 'getLayer' | 'onWrite' | 'getSettings' | 'report'> & {
  onCommand(listener: (command: AppCommand) => void): () => void;
};

/**
 * The app's similar-claims index, kept in main beside the store. Built on the first lookup; after
 * that each layer file the store writes marks its article, and a colleague's change marks every
 * article, to be read again by the next lookup (its entries removed and added again), and the
 * fact-checks are read again when their file changed — so tagging a claim costs a set insertion,
 * and a lookup re-reads only what changed since the last one. An article no longer listed
 * (deleted for good) leaves the index at the next lookup, with every claim on it.
 */
export class ClaimMemory {
  private index: SimilarIndex | null = null;
  private readonly keysByArticle = new Map<string, string[]>();
  private factCheckKeys: string[] = [];
  private factChecksSeen = '';
  private readonly dirtyArticles = new Set<string>();
  private everything = true;
  /** The refresh running or last run: lookups wait their turn, so none searches an index another is still filling. */
  private refreshing: Promise<SimilarIndex> | null = null;

  constructor(private readonly store: RememberingStore) {
    store.onWrite((relPath) => {
      if (relPath === LIBRARY_PATH) this.everything = true;
      const article = /^annotations\/([^/]+)\//u.exec(relPath)?.[1];
      if (article !== undefined) this.dirtyArticles.add(article);
    });
    store.onCommand((command) => {
      if (command === 'colleague-layers-changed' || command === 'library-changed') this.everything = true;
    });
  }

  /** The claims and fact-checks most like `query`, best first (see `SimilarIndex.search`). */
  async find(query: SimilarQuery, limit?: number): Promise<SimilarMatch[]> {
    const index = await this.current();
    return index.search(query, limit === undefined ? {} : { limit });
  }

  private current(): Promise<SimilarIndex> {
    const next = (this.refreshing ?? Promise.resolve()).then(
      () => this.refresh(),
      () => this.refresh(),
    );
    this.refreshing = next;
    return next;
  }

  private async refresh(): Promise<SimilarIndex> {
    const index = (this.index ??= createSimilarIndex());
    const scales = [...PRESET_SCALES, ...(this.store.getSettings().customScales ?? [])];
    const listed = this.store.listArticles();
    this.forgetUnlisted(index, new Set(listed.map((a) => a.id)));
    for (const article of listed) {
      const folder = posix.basename(posix.dirname(layerPath(article.id, 'analyst')));
      if (!this.everything && !this.dirtyArticles.has(folder)) continue;
      for (const key of this.keysByArticle.get(article.id) ?? []) index.remove(key);
      const keys: string[] = [];
      for (const id of (await listLayerAnalysts(this.store.dir, article.id)).analysts) {
        for (const entry of entriesFromLayer(article, await this.store.getLayer(article.id, { id, name: id }), scales)) {
          index.upsert(entry);
          keys.push(entry.key);
        }
      }
      this.keysByArticle.set(article.id, keys);
    }
    this.everything = false;
    this.dirtyArticles.clear();
    await this.readFactChecks(index);
    return index;
  }

  /** Takes the claims of articles no longer in the library (deleted for good, here or by a colleague) out of the index. */
  private forgetUnlisted(index: SimilarIndex, listed: ReadonlySet<string>): void {
    for (const [article, keys] of this.keysByArticle) {
      if (listed.has(article)) continue;
      for (const key of keys) index.remove(key);
      this.keysByArticle.delete(article);
    }
  }

  private async readFactChecks(index: SimilarIndex): Promise<void> {
    const info = await stat(join(this.store.dir, FACT_CHECKS_PATH)).catch(() => undefined);
    const seen = info === undefined ? '' : `${info.mtimeMs}:${info.size}`;
    if (seen === this.factChecksSeen) return;
    this.factChecksSeen = seen;
    for (const key of this.factCheckKeys) index.remove(key);
    const factChecks = await openFactChecksFile({ storeDir: this.store.dir, readOnly: true, report: (m) => this.store.report(m) }).read();
    this.factCheckKeys = factChecks.map((f) => {
      const entry = entryFromFactCheck(f);
      index.upsert(entry);
      return entry.key;
    });
  }
}
