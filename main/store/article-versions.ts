import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StoreMessage } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { pendingReview } from '../../shared/versions/pending-review';
import { planVersionReanchor } from '../../shared/versions/plan-reanchor';
import {
  LAYER_ANCHORING_SCHEMA_VERSION,
  VERSIONS_SCHEMA_VERSION,
  type ArticleVersion,
  type ReviewEntry,
  type VersionsRecord,
} from '../../shared/versions/version-record';
import { makeDirectoryDurably, writeFileDurably } from './durable-write';
import type { StoreContext } from './store-context';
import type { StoreFileAdapter } from './store-file';
import { documentPath, sourcePath } from './store-paths';
import { describeVersion, reconcile } from './version-entries';
import { ARCHIVE_SCHEMA_VERSION, createVersionFiles } from './version-files';
import { layerAnchoringPath } from './version-paths';

export { archivedVersionPath, layerAnchoringPath, versionsRecordPath } from './version-paths';

/** What adding a version did to the analyst's own layer. */
export interface AddedVersion {
  version: ArticleVersion;
  /** The analyst's annotations that followed their unchanged text to a new place. */
  repositioned: number;
  /** The analyst's new review entries. */
  review: ReviewEntry[];
}

/**
 * The versions of the store's articles. The current version stays where every other part of
 * Factmark reads it (`documents/<id>.json`, its bytes in `sources/`); earlier versions are kept
 * whole under `versions/<id>/<n>.json` and the list of versions in `versions/<id>/versions.json`.
 * An article never given a second version has no files here: it is version 1 of 1. Layer files
 * keep their format: annotations re-anchor in place. In a casebook each analyst's app re-anchors
 * only that analyst's layer, and keeps which version it is anchored to, with the review entries
 * it left, in the analyst's own `versions/<id>/anchored/<analyst>.json`.
 */
export interface ArticleVersions {
  /** The article's record (built from the article when it has one version); 'not-found' if unknown. */
  record(documentId: string): Promise<VersionsRecord>;
  /** Version `number` of the article; 'not-found' if there is no such version. */
  readVersion(documentId: string, number: number): Promise<Article>;
  /**
   * The analyst's layer on the article's current version. When a version came in since the
   * layer was last re-anchored (a colleague added it, or a crash came between), the layer is
   * re-anchored first and durably, writing only the analyst's own files; concurrent calls share
   * that work.
   */
  currentLayer(documentId: string, analyst: Creator): Promise<Annotation[]>;
  /** The analyst's review entries still waiting on `annotations` (their current layer). */
  pending(documentId: string, analyst: Creator, annotations: readonly Annotation[]): Promise<ReviewEntry[]>;
  /**
   * Makes `article` (imported from `bytes`) the current version of `documentId` and re-anchors
   * `analyst`'s layer onto it; colleagues' layers follow when their own apps next open the
   * article. Writes the bytes, archives the previous version, then the record, then the document
   * (the point after which readers see the new version), then the analyst's layer and anchoring
   * file. Anything failing before the document is written leaves the store as it was (the record
   * is put back; unreferenced archive and bytes are harmless and overwritten by a retry); once
   * the document is in place the record stays, even when a later step fails.
   */
  addVersion(documentId: string, article: Article, bytes: Uint8Array, analyst: Creator): Promise<AddedVersion>;
}

/** What the versions need of the store they belong to (the store passes itself). */
export interface VersionedLibrary {
  readonly dir: string;
  report(message: StoreMessage): void;
  getArticle(id: string): Promise<Article>;
  replaceArticle(article: Article): Promise<void>;
  getLayer(documentId: string, analyst: Creator): Promise<Annotation[]>;
  replaceLayer(documentId: string, analyst: Creator, annotations: Annotation[]): Promise<void>;
  /** Hears the store-relative path of each version file written. */
  reportWrite?(relPath: string): void;
}

/** The versions of the articles in `store`; `store` must be writable to add versions or re-anchor. */
export function openArticleVersions(store: VersionedLibrary): ArticleVersions {
  // Problems with version files go out on the store's one channel, like those of its own files; so do their writes.
  const context: StoreContext = {
    storeDir: store.dir,
    readOnly: false,
    report: (m) => store.report(m),
    written: (p) => store.reportWrite?.(p),
  };
  const files = createVersionFiles(context);
  const recordFile = files.record;
  const anchoringFile = files.anchoring;
  const archiveFile = files.archive;
  const catchingUp = new Map<string, Promise<Annotation[]>>();

  async function record(documentId: string): Promise<VersionsRecord> {
    const current = await store.getArticle(documentId);
    const file = recordFile(documentId);
    const stored = (await file.read()) ?? (await rebuildRecord(documentId, current, file));
    return stored
      ? reconcile(stored, current)
      : { schemaVersion: VERSIONS_SCHEMA_VERSION, documentId, versions: [describeVersion(current, 1)], review: [] };
  }

  /**
   * A record lost with no usable backup while earlier versions are archived beside it is rebuilt
   * from them (versions 1, 2, … as far as they run unbroken, then the current document) and
   * written back: otherwise the article would pass for version 1 of 1, and the next version
   * added would be archived over the real version 1. Null when nothing is archived.
   */
  async function rebuildRecord(
    documentId: string,
    current: Article,
    file: StoreFileAdapter<VersionsRecord>,
  ): Promise<VersionsRecord | null> {
    const archived = await readdir(dirname(file.path)).catch(() => [] as string[]);
    const versions: ArticleVersion[] = [];
    while (archived.includes(`${versions.length + 1}.json`)) {
      const number = versions.length + 1;
      const kept = await archiveFile(documentId, number).read();
      if (!kept) break;
      versions.push(describeVersion(kept.article, number));
    }
    if (versions.length === 0) return null;
    const rebuilt: VersionsRecord = {
      schemaVersion: VERSIONS_SCHEMA_VERSION,
      documentId,
      versions: [...versions, describeVersion(current, versions.length + 1)],
      review: [],
    };
    await file.write(rebuilt);
    store.report({
      file: file.path,
      problem: 'The list of versions of the article could not be read.',
      action: `Rebuilt it from the ${versions.length === 1 ? 'earlier version' : `${versions.length} earlier versions`} kept beside it; the article is at version ${versions.length + 1}.`,
    });
    return rebuilt;
  }

  /**
   * Re-anchors the analyst's layer onto version `number` (whose plain text is `text`), writes the
   * layer if anything moved, then the analyst's anchoring file with the new review entries. The
   * layer goes first: a crash between the two leaves the file saying "older", and re-anchoring
   * again finds the moved annotations in place and asks the same questions.
   */
  async function reanchorOwnLayer(documentId: string, analyst: Creator, text: string, number: number) {
    const file = anchoringFile(documentId, analyst.id);
    const earlier = await file.read();
    const plan = planVersionReanchor(text, await store.getLayer(documentId, analyst), analyst.id, number);
    if (plan.repositioned.length > 0) await store.replaceLayer(documentId, analyst, plan.annotations);
    const review = [...(earlier?.review ?? []), ...plan.review];
    await file.write({ schemaVersion: LAYER_ANCHORING_SCHEMA_VERSION, documentId, analystId: analyst.id, anchoredTo: number, review });
    return plan;
  }

  async function catchUp(documentId: string, analyst: Creator): Promise<Annotation[]> {
    // The layer file is read while the article is parsed, rather than after it.
    const [{ versions }, layer] = await Promise.all([record(documentId), store.getLayer(documentId, analyst)]);
    // An article with one version, or a layer with nothing to place, has nothing to follow.
    if (versions.length === 1 || layer.length === 0) return layer;
    if ((await anchoringFile(documentId, analyst.id).read())?.anchoredTo === versions.length) return layer;
    const text = toPlainText((await store.getArticle(documentId)).blocks);
    return (await reanchorOwnLayer(documentId, analyst, text, versions.length)).annotations;
  }

  return {
    record,

    async readVersion(documentId, number) {
      const { versions } = await record(documentId);
      if (number < 1 || number > versions.length) {
        throw new UserFacingError('not-found', `The article has no version ${number}; it has ${versions.length}.`);
      }
      if (number === versions.length) return store.getArticle(documentId);
      const file = archiveFile(documentId, number);
      const archived = await file.read();
      if (!archived)
        throw new UserFacingError(
          'store-failed',
          `Version ${number} of the article (${file.path}) is missing or damaged, and no backup could be used.`,
        );
      return archived.article;
    },

    currentLayer(documentId, analyst) {
      const key = layerAnchoringPath(documentId, analyst.id);
      let running = catchingUp.get(key);
      if (!running) {
        running = catchUp(documentId, analyst).finally(() => catchingUp.delete(key));
        catchingUp.set(key, running);
      }
      return running;
    },

    async pending(documentId, analyst, annotations) {
      const legacy = (await record(documentId)).review;
      const own = (await anchoringFile(documentId, analyst.id).read())?.review ?? [];
      return pendingReview([...legacy, ...own], analyst.id, annotations);
    },

    async addVersion(documentId, incoming, bytes, analyst) {
      const previous = await store.getArticle(documentId);
      const before = await record(documentId);
      const number = before.versions.length + 1;
      const article: Article = { ...incoming, id: documentId };
      const after: VersionsRecord = { ...before, versions: [...before.versions, describeVersion(article, number)] };

      await writeSource(context, article.source.sha256, bytes);
      await archiveFile(documentId, number - 1).write({
        schemaVersion: ARCHIVE_SCHEMA_VERSION,
        documentId,
        number: number - 1,
        article: previous,
      });
      await recordFile(documentId).write(after);
      try {
        await store.replaceArticle(article);
      } catch (error) {
        // The document may be in place even so (the library index or the folder flush failed after it): the record then stays, agreeing with it.
        if (!(await holdsDocument(store.dir, documentId, article))) await recordFile(documentId).write(before);
        throw error;
      }
      const plan = await reanchorOwnLayer(documentId, analyst, toPlainText(article.blocks), number);
      return { version: after.versions.at(-1)!, repositioned: plan.repositioned.length, review: plan.review };
    },
  };
}

/** Whether the document file of `documentId` on disk is `article` (the same imported bytes, imported at the same time). */
async function holdsDocument(storeDir: string, documentId: string, article: Article): Promise<boolean> {
  const source = await readFile(join(storeDir, documentPath(documentId)), 'utf8').then(
    (text) => (JSON.parse(text) as Partial<Article>).source,
    () => undefined,
  );
  return source?.sha256 === article.source.sha256 && source.importedAt === article.source.importedAt;
}

/** Content-addressed and written once, as the library writes imported bytes. */
async function writeSource({ storeDir, written }: StoreContext, sha256: string, bytes: Uint8Array): Promise<void> {
  const path = join(storeDir, sourcePath(sha256));
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new UserFacingError('invalid-request', `The imported bytes do not match their recorded hash ${sha256}.`);
  }
  const existing = await readFile(path).catch(() => undefined);
  if (existing && createHash('sha256').update(existing).digest('hex') === sha256) return;
  await makeDirectoryDurably(dirname(path), path);
  await writeFileDurably(path, bytes);
  written?.(sourcePath(sha256));
}
