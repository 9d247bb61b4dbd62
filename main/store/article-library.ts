import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { UserFacingError } from '../../shared/ipc/result';
import { ARTICLE_SCHEMA_VERSION, articleSchema, type Article, type ArticleSummary } from '../../shared/model/article';
import { LIBRARY_SCHEMA_VERSION, libraryIndexSchema, type LibraryIndex } from '../../shared/model/library';
import { summarizeArticle } from '../../shared/model/summarize-article';
import { listBackups } from './backups';
import { makeDirectoryDurably, writeFileDurably } from './durable-write';
import { createStoreFile, type StoreContext } from './store-context';
import type { StoreFileAdapter } from './store-file';
import { rediscoverArticles } from './rediscover-articles';
import { mergeEntriesById } from './three-way-merge';
import { documentPath, LIBRARY_PATH, sourcePath } from './store-paths';

/** Articles kept parsed after reading, so reopening a recent one skips reading and validating it. */
const RECENT_ARTICLES = 4;

/** The articles of a store: the index, one document file per article, and the imported bytes. */
export interface ArticleLibrary {
  /** Summaries, newest import first. */
  list(): ArticleSummary[];
  /** Whether an article with this id is in the index. */
  has(id: string): boolean;
  /** The article, shared with other callers (do not mutate it); 'not-found' if unknown, 'store-failed' if its file is lost. */
  get(id: string): Promise<Article>;
  /** Stores the source bytes, then the document, then the index entry; 'invalid-request' for a bad article or a used id. */
  add(article: Article, source: Uint8Array): Promise<void>;
  /** Rewrites an existing article's document and summary; 'not-found' if unknown. */
  replace(article: Article): Promise<void>;
  /** The imported bytes with this hash; 'not-found' if absent, 'store-failed' if they no longer match it. */
  readSource(sha256: string): Promise<Uint8Array>;
  /**
   * Adds articles another process (a colleague sharing the casebook) stored since the index was
   * read, only in memory (the next write of the index keeps them), and drops those deleted for
   * good since — their document gone with every backup of it — writing the index without them;
   * resolves with how many were added.
   */
  refresh(): Promise<number>;
  /** Resolves when all writes asked for so far have finished. */
  idle(): Promise<void>;
}

/** Reads (and if need be recovers) the library index of the store in `context`. */
export async function openArticleLibrary(context: StoreContext): Promise<ArticleLibrary> {
  // Colleagues sharing the casebook add articles too: each write keeps the entries theirs added.
  const indexFile = createStoreFile(
    context,
    LIBRARY_PATH,
    { schema: libraryIndexSchema, version: LIBRARY_SCHEMA_VERSION },
    { pretty: true, shared: { kind: 'merge', merge: mergeIndex } },
  );
  const index = new Low<LibraryIndex>(indexFile, { schemaVersion: LIBRARY_SCHEMA_VERSION, documents: [] });
  await index.read();
  await reindexLostArticles(context, index);
  await unlistDeletedArticles(context, index);
  const documents = new Map<string, StoreFileAdapter<Article>>();
  const recent = new Map<string, Article>();

  function documentFile(id: string): StoreFileAdapter<Article> {
    let file = documents.get(id);
    if (!file) {
      const format = {
        schema: articleSchema,
        version: ARTICLE_SCHEMA_VERSION,
        check: (article: Article) => (article.id === id ? undefined : `holds article ${article.id}, not ${id}`),
      };
      // A colleague may replace the article (a new version, restored lines) while it is open here.
      const shared = {
        kind: 'refuse-changed',
        message: 'a colleague changed this article since you opened it; open it again and redo the change',
      } as const;
      file = createStoreFile(context, documentPath(id), format, { required: true, shared });
      documents.set(id, file);
    }
    return file;
  }

  function remember(article: Article): void {
    recent.delete(article.id);
    recent.set(article.id, article);
    for (const id of recent.keys()) if (recent.size > RECENT_ARTICLES) recent.delete(id);
  }

  async function writeDocument(article: Article): Promise<void> {
    const parsed = articleSchema.safeParse(article);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserFacingError(
        'invalid-request',
        `Article ${article.id} cannot be stored: ${issue?.message} at ${issue?.path.join('.')}.`,
      );
    }
    await documentFile(article.id).write(article);
    remember(article);
  }

  async function saveSummary(article: Article): Promise<void> {
    const others = index.data.documents.filter((d) => d.id !== article.id);
    index.data.documents = [summarizeArticle(article), ...others].sort((a, b) => Date.parse(b.importedAt) - Date.parse(a.importedAt));
    await index.write();
  }

  return {
    list: () => [...index.data.documents],
    has: (id) => index.data.documents.some((d) => d.id === id),

    async get(id) {
      const summary = index.data.documents.find((d) => d.id === id);
      if (!summary) throw new UserFacingError('not-found', `No article with id ${id} is in the library.`);
      const cached = recent.get(id);
      if (cached) return cached;
      const file = documentFile(id);
      const article = await file.read();
      if (!article) {
        throw new UserFacingError(
          'store-failed',
          `The document of "${summary.title}" (${file.path}) is missing or damaged, and no backup could be used.`,
        );
      }
      remember(article);
      return article;
    },

    async add(article, source) {
      if (index.data.documents.some((d) => d.id === article.id)) {
        throw new UserFacingError('invalid-request', `An article with id ${article.id} is already in the library.`);
      }
      await writeSource(context, article.source.sha256, source);
      await writeDocument(article);
      await saveSummary(article);
    },

    async replace(article) {
      if (!index.data.documents.some((d) => d.id === article.id)) {
        throw new UserFacingError('not-found', `No article with id ${article.id} is in the library.`);
      }
      try {
        await writeDocument(article);
      } catch (error) {
        // Refused because a colleague replaced it: the copy kept here is stale, so the next open reads theirs.
        recent.delete(article.id);
        throw error;
      }
      await saveSummary(article);
    },

    async readSource(sha256) {
      const path = join(context.storeDir, sourcePath(sha256));
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new UserFacingError('not-found', `The imported file ${path} is missing.`);
        throw error;
      });
      if (sha256Of(bytes) !== sha256)
        throw new UserFacingError('store-failed', `The imported file ${path} is damaged: its content no longer matches its hash.`);
      return bytes;
    },

    async refresh() {
      const added = (await listRediscovered(context, index)).length;
      const gone = await dropDeleted(context, index);
      for (const { id } of gone) {
        recent.delete(id);
        documents.delete(id);
      }
      if (gone.length > 0 && !context.readOnly) await index.write();
      return added;
    },

    async idle() {
      await Promise.all([indexFile.idle(), ...[...documents.values()].map((file) => file.idle())]);
    },
  };
}

/** Adds to the index (in memory) the articles whose documents are in the store but not in it, and returns them. */
async function listRediscovered(context: StoreContext, index: Low<LibraryIndex>) {
  const found = await rediscoverArticles(context.storeDir, new Set(index.data.documents.map((d) => d.id)));
  if (found.length > 0) index.data.documents = sortNewestFirst([...index.data.documents, ...found.map(summarizeArticle)]);
  return found;
}

/**
 * Drops from the index (in memory) the articles whose document is gone from the store with every
 * backup of it, and returns them: deleted for good, here or by a colleague. A document that is
 * missing but has a backup stays listed, to be recovered when read.
 */
async function dropDeleted(context: StoreContext, index: Low<LibraryIndex>): Promise<ArticleSummary[]> {
  const names = new Set(await readdir(join(context.storeDir, 'documents')).catch(() => [] as string[]));
  const gone: ArticleSummary[] = [];
  for (const summary of index.data.documents) {
    const relPath = documentPath(summary.id);
    if (names.has(relPath.slice('documents/'.length))) continue;
    if ((await listBackups(context.storeDir, relPath)).length === 0) gone.push(summary);
  }
  if (gone.length > 0) index.data.documents = index.data.documents.filter((d) => !gone.includes(d));
  return gone;
}

/** Puts articles whose documents survive but whose index entries were lost back into the index. */
async function reindexLostArticles(context: StoreContext, index: Low<LibraryIndex>): Promise<void> {
  const lost = await listRediscovered(context, index);
  if (lost.length === 0) return;
  const titles = lost.map((a) => `"${a.metadata.title}"`).join(', ');
  const where = join(context.storeDir, LIBRARY_PATH);
  if (!context.readOnly) await index.write();
  context.report({
    file: where,
    problem: `The library index did not list ${lost.length} article${lost.length === 1 ? '' : 's'} whose documents are in the store: ${titles}.`,
    action: context.readOnly ? 'Listed them for now.' : 'Added them back to the library.',
  });
}

/** Takes out of the index the articles deleted for good while the store was closed (or as a deletion was cut short). */
async function unlistDeletedArticles(context: StoreContext, index: Low<LibraryIndex>): Promise<void> {
  const gone = await dropDeleted(context, index);
  if (gone.length === 0) return;
  if (!context.readOnly) await index.write();
  context.report({
    file: join(context.storeDir, LIBRARY_PATH),
    problem: `The library index listed ${gone.length} article${gone.length === 1 ? '' : 's'} whose documents are gone with every backup (deleted for good): ${gone.map((a) => `"${a.title}"`).join(', ')}.`,
    action: context.readOnly ? 'Left them out for now.' : 'Took them out of the library.',
  });
}

/**
 * The index on disk merged with this process's: no article anyone added is dropped, and one
 * taken out of the library (on either side since `base`) stays out.
 */
function mergeIndex(mine: LibraryIndex, theirs: LibraryIndex, base: LibraryIndex | undefined): LibraryIndex {
  const ids = (index: LibraryIndex) => new Set(index.documents.map((d) => d.id));
  const [own, onDisk, before] = [ids(mine), ids(theirs), base ? ids(base) : new Set<string>()];
  const removed = new Set([...before].filter((id) => !own.has(id) || !onDisk.has(id)));
  const merged = mergeEntriesById(mine.documents, theirs.documents, base?.documents).filter((d) => !removed.has(d.id));
  return { ...mine, documents: sortNewestFirst(merged) };
}

function sortNewestFirst(summaries: ArticleSummary[]): ArticleSummary[] {
  return summaries.sort((a, b) => Date.parse(b.importedAt) - Date.parse(a.importedAt));
}

/** Content-addressed and written once: bytes already stored under their hash are not written again. */
async function writeSource({ storeDir, written }: StoreContext, sha256: string, bytes: Uint8Array): Promise<void> {
  const path = join(storeDir, sourcePath(sha256));
  if (sha256Of(bytes) !== sha256)
    throw new UserFacingError('invalid-request', `The imported bytes do not match their recorded hash ${sha256}.`);
  const existing = await readFile(path).catch(() => undefined);
  if (existing && sha256Of(existing) === sha256) return;
  await makeDirectoryDurably(dirname(path), path);
  await writeFileDurably(path, bytes);
  written?.(sourcePath(sha256));
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
