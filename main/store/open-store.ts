import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Input, Output, StoreMessage } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article, ArticleSummary } from '../../shared/model/article';
import type { Settings } from '../../shared/model/settings';
import { createAnnotationLayers, type AnnotationLayers, type LayerChange } from './annotation-layers';
import type { CompactionPolicy } from './layer-compaction';
import { openArticleLibrary, type ArticleLibrary } from './article-library';
import { openArticleVersions, type ArticleVersions } from './article-versions';
import { openLibraryStateFiles, type LibraryStateFiles } from './library-state-file';
import { openSettingsFile, type SettingsFile, type SettingsPatch } from './settings-file';
import type { StoreContext } from './store-context';
import { createMessageChannel, createWriteChannel, type MessageChannel, type WriteChannel } from './message-channel';
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
  /**
   * Whose layer `saveAnnotations` changes: this machine's analyst (a casebook passes the one its
   * identity file names); by default the analyst the store's settings name.
   */
  owner?: () => Creator;
  /** The clock `saveAnnotations` answers with; the system's by default. */
  now?: () => Date;
  /** When a layer's saved changes are folded into its file (see `createAnnotationLayers`); tests and the benchmark set it. */
  compaction?: CompactionPolicy;
}

/**
 * An open Factmark store: the one door to the store folder. It owns the library, every
 * analyst's layers, the settings and the articles' versions; the casebook (`openCasebook`) adds
 * this machine's analyst, colleagues' files and review over the same object. Each fact about a
 * change is checked once, here. Errors meant for the analyst are UserFacingErrors; every file
 * problem the store recovered from is in `messages()`, and every file written is announced to
 * `onWrite` listeners (the seam for git sync and indexes).
 */
export interface Store {
  readonly dir: string;
  /** Everything recovered or set aside so far, in order. */
  messages(): StoreMessage[];
  /** Hears each problem recovered from after this call (see `OpenStoreOptions.onMessage`); returns a function to stop. */
  onMessage(listener: (message: StoreMessage) => void): () => void;
  /** Reports a problem met in a store file read outside the store (colleagues' files, the identity file), on the same channel. */
  report(message: StoreMessage): void;
  /**
   * Hears the store-relative, `/`-separated path of each file once it is durably written by this
   * process (documents, sources, layers, settings, versions, review files, imported colleague
   * layers); returns a function to stop. Listeners run synchronously after the write and must
   * not throw. A colleague's change on disk is not a write here: the casebook's watcher hears it.
   */
  onWrite(listener: (relPath: string) => void): () => void;
  /** Announces a file written beside the store's own writers (a colleague layer imported) to `onWrite` listeners. */
  reportWrite(relPath: string): void;
  /** The articles' versions, reporting on this store's channels. */
  readonly versions: ArticleVersions;
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
   * The analyst's annotations if their layer is already in memory (being worked on), else
   * undefined: a reader that only looks (the library's counts) leaves the layer to be read, and
   * any problem with its file met, when the article is opened.
   */
  loadedLayer(documentId: string, analyst: Creator): Promise<Annotation[] | undefined>;
  /**
   * Upserts and removes annotations in the analyst's layer; durable when resolved. The store keeps
   * the given objects and freezes them. 'not-found' for an unknown document, 'invalid-request'
   * for an invalid annotation or one of another document, 'store-failed' if the write failed
   * (the change then goes out with the layer's next write).
   */
  applyToLayer(documentId: string, analyst: Creator, change: LayerChange): Promise<void>;
  /** Replaces the analyst's layer; durable when resolved. 'not-found' for an unknown document. */
  replaceLayer(documentId: string, analyst: Creator, annotations: Annotation[]): Promise<void>;
  /**
   * Writes every layer's saved changes into its layer file (they are durable before, as change
   * files beside it), so that readers of layer files alone — colleagues, git sync — see them now
   * rather than after the layer's quiet second. Never rejects: a failure leaves the change files.
   */
  compactLayers(): Promise<void>;
  /** Drops the analyst's layer on a document from memory and its unfolded changes from disk, before its file is deleted. */
  forgetLayer(documentId: string, analyst: Creator): Promise<void>;
  /**
   * `annotations:apply` itself: applies the owner's change (see `OpenStoreOptions.owner`) to their
   * layer; durable when resolved. The request's shape was checked at the IPC edge; the store
   * checks, once each, that the article exists ('not-found'), that every annotation is on it and
   * that the owner made it ('invalid-request', nothing changes).
   */
  saveAnnotations: (change: Input<'annotations:apply'>) => Promise<Output<'annotations:apply'>>;
  /** The current settings (a copy). */
  getSettings(): Settings;
  /** Patches the settings; resolves with the new settings once durable. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Each analyst's own view of the library: titles, trash, last opened, reading preferences. */
  readonly libraryState: LibraryStateFiles;
  /** Waits for every pending write, folds every layer's saved changes into its file, then releases the lock. Later writes fail with 'store-failed'. */
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
  const writes = createWriteChannel();
  const lock = readOnly ? undefined : await takeStore(dir, options.lockName);
  const context: StoreContext = {
    storeDir: dir,
    readOnly,
    report: messages.report,
    written: writes.report,
    backupIntervalMs: options.backupIntervalMs,
  };
  try {
    if (lock) await sweepAbandonedFiles(dir);
    if (lock) await renameLegacyFileNames(dir);
    const settings = await openSettingsFile(context, options.defaultAnalyst);
    const library = await openArticleLibrary(context);
    const layers = createAnnotationLayers(context, options.compaction);
    const libraryState = openLibraryStateFiles(context);
    const owner = options.owner ?? (() => settings.get().analyst);
    return assembleStore(dir, { messages, writes }, { settings, library, layers, libraryState }, lock, {
      owner,
      now: options.now ?? (() => new Date()),
    });
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
  libraryState: LibraryStateFiles;
}

interface Channels {
  messages: MessageChannel;
  writes: WriteChannel;
}

function assembleStore(
  dir: string,
  { messages, writes }: Channels,
  { settings, library, layers, libraryState }: Parts,
  lock: StoreLock | undefined,
  { owner, now }: { owner: () => Creator; now: () => Date },
): Store {
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

  /** The one check of a change to a layer: the article is in the library, every annotation is on it and, for `owner`, theirs. */
  function checkChange(documentId: string, { upsert }: LayerChange, owner?: Creator): void {
    requireArticle(documentId);
    for (const annotation of upsert) {
      if (annotation.documentId !== documentId || annotation.target.source !== documentId) {
        throw new UserFacingError('invalid-request', `Annotation ${annotation.id} belongs to another document.`);
      }
      if (owner && annotation.creator.id !== owner.id) {
        throw new UserFacingError(
          'invalid-request',
          `Annotation ${annotation.id} was made by ${annotation.creator.name}; only your own layer can be changed.`,
        );
      }
    }
  }

  const store: Omit<Store, 'versions'> = {
    dir,
    messages: messages.all,
    onMessage: messages.listen,
    report: messages.report,
    onWrite: writes.listen,
    reportWrite: writes.report,
    listArticles: () => library.list(),
    refreshLibrary: () => library.refresh(),
    getArticle: (id) => library.get(id),
    addArticle: (article, source) => write(() => library.add(article, source)),
    replaceArticle: (article) => write(() => library.replace(article)),
    readSource: (sha256) => library.readSource(sha256),
    getLayer: (documentId, analyst) => layers.get(documentId, analyst),
    loadedLayer: (documentId, analyst) => layers.peek(documentId, analyst),
    applyToLayer: (documentId, analyst, change) =>
      write(async () => {
        checkChange(documentId, change);
        await layers.apply(documentId, analyst, change);
      }),
    replaceLayer: (documentId, analyst, annotations) =>
      write(async () => {
        requireArticle(documentId);
        await layers.replace(documentId, analyst, annotations);
      }),
    compactLayers: () => layers.compact(),
    forgetLayer: (documentId, analyst) => write(() => layers.forget(documentId, analyst)),
    saveAnnotations: ({ documentId, upsert, remove }) =>
      write(async () => {
        const me = owner();
        checkChange(documentId, { upsert, remove }, me);
        await layers.apply(documentId, me, { upsert, remove });
        return { savedAt: now().toISOString() };
      }),
    getSettings: () => settings.get(),
    updateSettings: (patch) => write(() => settings.update(patch)),
    libraryState: { ...libraryState, update: (analystId, change) => write(() => libraryState.update(analystId, change)) },
    close() {
      closing ??= (async () => {
        await Promise.allSettled(running);
        if (lock) await layers.compact();
        await Promise.all([settings.idle(), library.idle(), layers.idle(), libraryState.idle()]);
        await lock?.release();
      })();
      return closing;
    },
  };
  return { ...store, versions: openArticleVersions(store) };
}
