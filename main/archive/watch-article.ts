import { diffTexts } from '../../shared/diff';
import type { Api, Output } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Creator } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { importFile } from '../import/import-article';
import type { Store } from '../store';
import { versionsRecordPath } from '../store/article-versions';
import { fileNameOf } from './archive-url';
import { ARCHIVE_LIMITS, fetchForArchive, type FetchLimits } from './fetch-for-archive';

/** What watching articles needs: the store, who the analyst is, a clock, and the versions flow's "add a version". */
export interface WatchDeps {
  store: Pick<Store, 'dir' | 'getArticle' | 'listArticles' | 'getLayer' | 'versions'>;
  analyst: () => Creator;
  now: () => Date;
  /** Makes `article` (imported from `bytes`) the next version of `documentId`, re-anchoring the analyst's layer (Import New Version's own code). */
  addVersion: (documentId: string, article: Article, bytes: Uint8Array) => Promise<Output<'document:addVersion'>>;
  limits?: FetchLimits;
}

/**
 * Main's side of "Check for Changes" on an article and of the library's "changed" marks.
 * `document:checkForChanges` fetches the article's web address the way snapshots are fetched
 * (http(s) only, no cookies, time, size and redirect limits), reads it as a web page, and adds it
 * as the next version only when its text differs from the current version's; a page that cannot
 * be fetched changes nothing and the error says why. `document:changedAtSource` lists the
 * articles given a version with other bytes after the analyst's first annotation on them.
 */
export function createWatchHandlers(deps: WatchDeps): Pick<Api, 'document:checkForChanges' | 'document:changedAtSource'> {
  return {
    'document:checkForChanges': ({ documentId }) => checkArticle(deps, documentId),
    'document:changedAtSource': async () => {
      const me = deps.analyst();
      const changed: { documentId: string; since: string }[] = [];
      for (const { id } of deps.store.listArticles()) {
        const since = await changedSinceAnnotated(deps, id, me);
        if (since !== null) changed.push({ documentId: id, since });
      }
      return { changed };
    },
  };
}

/** The check itself (see `createWatchHandlers`); the hourly watch calls it too. */
export async function checkArticle(deps: WatchDeps, documentId: string): Promise<Output<'document:checkForChanges'>> {
  const current = await deps.store.getArticle(documentId);
  const url = current.metadata.url ?? '';
  if (!/^https?:\/\//iu.test(url)) {
    throw new UserFacingError('invalid-request', 'This article has no web address to check: it was not imported from a web page with one.');
  }
  const since = (await deps.store.versions.record(documentId)).versions.at(-1)!.importedAt;
  const page = await fetchForArchive(url, deps.limits ?? ARCHIVE_LIMITS, 'checked');
  const checked = deps.now();
  const fresh = await importFile({ fileName: fileNameOf(page.finalUrl, page.contentType), bytes: page.bytes }, documentId, checked);
  const { sentences } = diffTexts(toPlainText(current.blocks), toPlainText(fresh.blocks));
  const unchanged = sentences.edited + sentences.inserted + sentences.deleted === 0;
  const base = { since, checked: checked.toISOString() };
  if (unchanged) return { ...base, changed: false, added: null };
  // The page may no longer name its canonical address; the article keeps the one it is watched by.
  const article = { ...fresh, metadata: { ...fresh.metadata, url: fresh.metadata.url ?? url } };
  return { ...base, changed: true, added: await deps.addVersion(documentId, article, page.bytes) };
}

/** When the article first got a version with other bytes after the analyst's first annotation on it; null if it never did. */
async function changedSinceAnnotated(deps: WatchDeps, documentId: string, me: Creator): Promise<string | null> {
  // An article never given a second version has no record file: no need to read it whole to say so.
  if (!(await exists(join(deps.store.dir, versionsRecordPath(documentId))))) return null;
  const { versions } = await deps.store.versions.record(documentId);
  if (versions.length < 2) return null;
  const layer = await deps.store.getLayer(documentId, me);
  if (layer.length === 0) return null;
  const firstAnnotated = layer.reduce((first, a) => (a.created < first ? a.created : first), layer[0]!.created);
  const changed = versions.find((v, i) => i > 0 && v.sha256 !== versions[i - 1]!.sha256 && v.importedAt > firstAnnotated);
  return changed?.importedAt ?? null;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
