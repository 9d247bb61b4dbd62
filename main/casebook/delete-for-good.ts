import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../../shared/ipc/result';
import type { Creator } from '../../shared/model/annotation';
import { listLayerAnalysts, type Store } from '../store';
import { archivedVersionPath, layerAnchoringPath, versionsRecordPath } from '../store/article-versions';
import { removeStoreFile } from '../store/remove-store-file';
import { documentPath, layerPath, reviewPath, sourcePath } from '../store/store-paths';

/** What deleting articles for good did, by article id. */
export interface DeletedForGood {
  /** Articles gone from the casebook: no colleague's layer referred to them. */
  removed: string[];
  /** Articles colleagues' layers keep: only the analyst's own files on them went. */
  keptForColleagues: string[];
}

/**
 * Deletes for good what `me` has on each article: their layer, review and anchoring files, with
 * their backups. The article itself — index entry, document, versions and the imported bytes no
 * other article uses — goes too when no other analyst has a layer on it (a layer file that names
 * nobody counts as a colleague's). A colleague's file is never removed. Every file removed is
 * announced on `store.reportWrite`, so git sync and the indexes hear it as they hear a write.
 * 'not-found' names an id that is not in the library, before anything is removed.
 */
export async function deleteForGood(store: Store, me: Creator, documentIds: readonly string[]): Promise<DeletedForGood> {
  const listed = new Set(store.listArticles().map((a) => a.id));
  const unknown = documentIds.find((id) => !listed.has(id));
  if (unknown !== undefined) throw new UserFacingError('not-found', `No article with id ${unknown} is in the library.`);
  const done: DeletedForGood = { removed: [], keptForColleagues: [] };
  for (const id of new Set(documentIds)) {
    const { analysts, unreadable } = await listLayerAnalysts(store.dir, id);
    const colleagues = analysts.filter((a) => a !== me.id).length + unreadable.length;
    // Read before anything goes: which bytes and archived versions belong to the article.
    const article = colleagues === 0 ? { current: await store.getArticle(id), record: await store.versions.record(id) } : null;
    await store.forgetLayer(id, me);
    await removeReported(store, [layerPath(id, me.id), reviewPath(id, me.id), layerAnchoringPath(id, me.id)]);
    if (!article) {
      done.keptForColleagues.push(id);
      continue;
    }
    const archived = article.record.versions.slice(0, -1).map((v) => archivedVersionPath(id, v.number));
    // The document goes last, and then the index entry: a deletion cut short leaves the article listed, to be deleted again.
    await removeReported(store, [versionsRecordPath(id), ...archived, documentPath(id)]);
    await store.refreshLibrary();
    const hashes = new Set([article.current.source.sha256, ...article.record.versions.map((v) => v.sha256)]);
    const used = await hashesStillNamed(store.dir, hashes);
    await removeReported(store, [...hashes].filter((h) => !used.has(h)).map(sourcePath));
    done.removed.push(id);
  }
  return done;
}

async function removeReported(store: Store, relPaths: readonly string[]): Promise<void> {
  for (const relPath of relPaths) if (await removeStoreFile(store.dir, relPath)) store.reportWrite(relPath);
}

/**
 * Which of `hashes` a document or version file left in the store still names: imported bytes
 * are shared by every article and version made from them. A plain text search of each file, so
 * a large library is read once without being parsed.
 */
async function hashesStillNamed(storeDir: string, hashes: ReadonlySet<string>): Promise<Set<string>> {
  const used = new Set<string>();
  for (const file of [...(await jsonFiles(join(storeDir, 'documents'))), ...(await jsonFiles(join(storeDir, 'versions')))]) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const hash of hashes) if (text.includes(hash)) used.add(hash);
    if (used.size === hashes.size) break;
  }
  return used;
}

async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.')).map((e) => join(e.parentPath, e.name));
}
