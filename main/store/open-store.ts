import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { StoreMessage } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article, ArticleSummary } from '../../shared/model/article';
import type { Settings } from '../../shared/model/settings';
import { createAnnotationLayers, type AnnotationLayers, type LayerChange } from './annotation-layers';
import { openArticleLibrary, type ArticleLibrary } from './article-library';
import { openSettingsFile, type SettingsFile, type SettingsPatch } from './settings-file';
import type { StoreContext } from './store-context';
import { createMessageChannel, type MessageChannel } from './message-channel';
import { acquireStoreLock, type StoreLock } from './store-lock';
import { renameLegacyFileNames } from './rename-legacy-file-names';
import { sweepAbandonedFiles } from './sweep-abandoned-files';
import { toOpenFailure } from './write-failure';

/** How to open a store. */
export interface OpenStoreOptions {
  /** The store folder; created if missing (unless read-only). */
  dir: string;
  /** The analyst written into new settings. */
  defaultAnalyst: Creator;
  /** Take no lock and write nothing, e.g. for `factmark list`; every write then fails with 'store-failed'. */
  readOnly?: boolean;
  /** Least time between two backups of one file; defaults to five minutes. */
  backupIntervalMs?: number;
  /**
   * File name of the writer lock; by default `factmark.lock`, one writer per store. A casebook
   * passes one name per analyst (`analystLockName`), so colleagues can share the folder.
   */
  lockName?: string;
  /**
   * Hears every file problem the store recovers from, as it happens: while opening, and whenever
   * a file is read later (an annotation layer, a document). The command line prints them; the app
   * shows them.
   */
  onMessage?: (message: StoreMessage) => void;
}

/**
 * An open Factmark store. Errors meant for the analyst are UserFacingErrors; every file problem
 * the store recovered from is in `messages()`.
 */
export interface Store {
  readonly dir: string;
  /** Everything recovered or set aside so far, in order. */
  messages(): StoreMessage[];
  /** Hears each problem recovered from after this call (see `OpenStoreOptions.onMessage`); returns a function to stop. */
  onMessage(listener: (message: StoreMessage) => void): () => void;
  /** Reports a problem met in a store file read outside the store (versions, review files), on the same channel. */
  report(message: StoreMessage): void;
  /** Summaries of all articles, newest import first. */
  listArticles(): ArticleSummary[];
  /** Lists articles a colleague sharing the casebook stored since; resolves with how many were new. */
  refreshLibrary(): Promise<number>;
  /** The article; 'not-found' if it is not in the library. The object is shared: do not mutate it. */
  getArticle(id: string): Promise<Article>;
  /** Writes the source bytes (under `article.source.sha256`), the document, then the index entry. */
  addArticle(article: Article, source: Uint8Array): Promise<void>;
  /** Rewrites an article already in the library (same id), e.g. after restoring dropped lines. */
  replaceArticle(article: Article): Promise<void>;
  /** The imported bytes with this SHA-256; 'not-found' if there are none. */
  readSource(sha256: string): Promise<Uint8Array>;
  /** One analyst's annotations on one document (empty if none yet). They are frozen: copy to change. */
  getLayer(documentId: string, analyst: Creator): Promise<Annotation[]>;
  /**
   * Upserts and removes annotations in the analyst's layer; durable when resolved. The store keeps
   * the given objects and freezes them. 'not-found' for an unknown document, 'invalid-request'
   * for an invalid annotation or one of another document, 'store-failed' if the write failed
   * (the change then goes out with the layer's next write).
   */
  applyToLayer(documentId: string, analyst: Creator, change: LayerChange): Promise<void>;
  /** Replaces the analyst's layer; durable when resolved. 'not-found' for an unknown document. */
  replaceLayer(documentId: string, analyst: Creator, annotations: Annotation[]): Promise<void>;
  /** The current settings (a copy). */
  getSettings(): Settings;
  /** Patches the settings; resolves with the new settings once durable. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Waits for every pending write, then releases the lock. Later writes fail with 'store-failed'. */
  close(): Promise<void>;
}

/**
 * Opens the store in `options.dir`: takes the writer lock (unless read-only), removes what
 * writers that died mid-write left (`sweepAbandonedFiles`), gives files an earlier Factmark named
 * unsafely today's names (`renameLegacyFileNames`), then reads the settings and library
 * index, recovering damaged files from backups. Throws a UserFacingError ('store-failed') when
 * another Factmark process holds the store, or when the disk refuses to create its folder or lock
 * (naming the cause: full, read-only…), leaving no lock file behind.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const dir = resolve(options.dir);
  const readOnly = options.readOnly ?? false;
  const messages = createMessageChannel(options.onMessage);
  const lock = readOnly ? undefined : await takeStore(dir, options.lockName);
  const context: StoreContext = { storeDir: dir, readOnly, report: messages.report, backupIntervalMs: options.backupIntervalMs };
  try {
    if (lock) await sweepAbandonedFiles(dir);
    if (lock) await renameLegacyFileNames(dir);
    const settings = await openSettingsFile(context, options.defaultAnalyst);
    const library = await openArticleLibrary(context);
    const layers = createAnnotationLayers(context);
    return assembleStore(dir, messages, { settings, library, layers }, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function takeStore(dir: string, lockName: string | undefined): Promise<StoreLock> {
  try {
    await mkdir(dir, { recursive: true });
    return await acquireStoreLock(dir, lockName);
  } catch (error) {
    throw toOpenFailure(dir, error) ?? error;
  }
}

interface Parts {
  settings: SettingsFile;
  library: ArticleLibrary;
  layers: AnnotationLayers;
}

function assembleStore(dir: string, messages: MessageChannel, { settings, library, layers }: Parts, lock: StoreLock | undefined): Store {
  const running = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  /** Runs a write, refusing it when the store cannot write, and keeps it visible to `close`. */
  function write<T>(work: () => Promise<T>): Promise<T> {
    if (!lock) return Promise.reject(new UserFacingError('store-failed', `The store ${dir} was opened read-only.`));
    if (closing) return Promise.reject(new UserFacingError('store-failed', `The store ${dir} is closed.`));
    const task = work();
    running.add(task);
    void task.finally(() => running.delete(task)).catch(() => {});
    return task;
  }

  function requireArticle(id: string): void {
    if (!library.has(id)) throw new UserFacingError('not-found', `No article with id ${id} is in the library.`);
  }

  return {
    dir,
    messages: messages.all,
    onMessage: messages.listen,
    report: messages.report,
    listArticles: () => library.list(),
    refreshLibrary: () => library.refresh(),
    getArticle: (id) => library.get(id),
    addArticle: (article, source) => write(() => library.add(article, source)),
    replaceArticle: (article) => write(() => library.replace(article)),
    readSource: (sha256) => library.readSource(sha256),
    getLayer: (documentId, analyst) => layers.get(documentId, analyst),
    applyToLayer: (documentId, analyst, change) =>
      write(async () => {
        requireArticle(documentId);
        await layers.apply(documentId, analyst, change);
      }),
    replaceLayer: (documentId, analyst, annotations) =>
      write(async () => {
        requireArticle(documentId);
        await layers.replace(documentId, analyst, annotations);
      }),
    getSettings: () => settings.get(),
    updateSettings: (patch) => write(() => settings.update(patch)),
    close() {
      closing ??= (async () => {
        await Promise.allSettled(running);
        await Promise.all([settings.idle(), library.idle(), layers.idle()]);
        await lock?.release();
      })();
      return closing;
    },
  };
}
