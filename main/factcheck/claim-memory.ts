import { posix } from 'node:path';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppCommand } from '../../shared/ipc/channels';
import {
  createSimilarIndex,
  entriesFromLayer,
  entryFromFactCheck,
  type SimilarEntry,
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
 * Entries indexed between two turns of main's event loop. Analysing one costs about 0.2 ms, so
 * building 30,000 yields every ~20 ms instead of holding IPC and saves for seconds.
 */
const ENTRIES_PER_TURN = 100;

/**
 * The app's similar-claims index, kept in main beside the store. Built on the first lookup, in
 * turns of ENTRIES_PER_TURN entries that let IPC and saves run between them; after that each
 * layer file the store writes marks its article, and a colleague's change marks every article, to
 * be read again by the next lookup, and the fact-checks are read again when their file changed;
 * of both, only the entries added, changed or gone are updated (by key) — so tagging a claim in an
 * article of thousands costs one insertion, not thousands that would hold its save back, and a lookup re-reads only what changed since
 * the last one. An article no longer listed (deleted for good) leaves the index at the next
 * lookup, with every claim on it.
 */
export class ClaimMemory {
  private index: SimilarIndex | null = null;
  /** Each article's indexed claims, their entries as JSON by key: a save re-indexes only the claims it changed. */
  private readonly entriesByArticle = new Map<string, Map<string, string>>();
  /** Each indexed fact-check's entry as JSON, by key: what tells a changed fact-check from one re-saved unchanged. */
  private readonly factChecks = new Map<string, string>();
  private sinceYield = 0;
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
    // Taken now, not cleared at the end: a save made while this refresh yields marks the next one.
    const everything = this.everything;
    const dirty = new Set(this.dirtyArticles);
    this.everything = false;
    this.dirtyArticles.clear();
    const scales = [...PRESET_SCALES, ...(this.store.getSettings().customScales ?? [])];
    const listed = this.store.listArticles();
    this.forgetUnlisted(index, new Set(listed.map((a) => a.id)));
    for (const article of listed) {
      const folder = posix.basename(posix.dirname(layerPath(article.id, 'analyst')));
      if (!everything && !dirty.has(folder)) continue;
      const before = this.entriesByArticle.get(article.id) ?? new Map<string, string>();
      const now = new Map<string, string>();
      for (const id of (await listLayerAnalysts(this.store.dir, article.id)).analysts) {
        for (const entry of entriesFromLayer(article, await this.store.getLayer(article.id, { id, name: id }), scales)) {
          const json = JSON.stringify(entry);
          now.set(entry.key, json);
          if (before.get(entry.key) !== json) await this.upsert(index, entry);
        }
      }
      for (const key of before.keys()) if (!now.has(key)) index.remove(key);
      this.entriesByArticle.set(article.id, now);
    }
    await this.readFactChecks(index);
    return index;
  }

  private async upsert(index: SimilarIndex, entry: SimilarEntry): Promise<void> {
    index.upsert(entry);
    this.sinceYield += 1;
    if (this.sinceYield < ENTRIES_PER_TURN) return;
    this.sinceYield = 0;
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Takes the claims of articles no longer in the library (deleted for good, here or by a colleague) out of the index. */
  private forgetUnlisted(index: SimilarIndex, listed: ReadonlySet<string>): void {
    for (const [article, entries] of this.entriesByArticle) {
      if (listed.has(article)) continue;
      for (const key of entries.keys()) index.remove(key);
      this.entriesByArticle.delete(article);
    }
  }

  private async readFactChecks(index: SimilarIndex): Promise<void> {
    const info = await stat(join(this.store.dir, FACT_CHECKS_PATH)).catch(() => undefined);
    const seen = info === undefined ? '' : `${info.mtimeMs}:${info.size}`;
    if (seen === this.factChecksSeen) return;
    this.factChecksSeen = seen;
    const factChecks = await openFactChecksFile({ storeDir: this.store.dir, readOnly: true, report: (m) => this.store.report(m) }).read();
    const entries = new Map(factChecks.map((f) => entryFromFactCheck(f)).map((entry) => [entry.key, entry]));
    for (const key of this.factChecks.keys()) {
      if (entries.has(key)) continue;
      index.remove(key);
      this.factChecks.delete(key);
    }
    for (const [key, entry] of entries) {
      const json = JSON.stringify(entry);
      if (this.factChecks.get(key) === json) continue;
      this.factChecks.set(key, json);
      await this.upsert(index, entry);
    }
  }
}
