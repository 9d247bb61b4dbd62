import { join } from 'node:path';
import { reanchorAnnotations } from '../../shared/anchoring/reanchor-annotations';
import { diffTexts } from '../../shared/diff';
import type { Api, Output } from '../../shared/ipc/contract';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { summarizeArticle } from '../../shared/model/summarize-article';
import { toPlainText } from '../../shared/text/plain-text';
import { findSameArticle } from '../../shared/versions/find-same-article';
import { importFile } from '../import/import-article';
import type { Store } from '../store';
import { layerPath } from '../store/store-paths';
import { createWatchHandlers } from '../archive/watch-article';
import { createLanguageHandlers } from './language-handlers';

/** What the version handlers need. */
export interface VersionHandlerDeps {
  store: Store;
  analyst: () => Creator;
  now: () => Date;
}

type VersionChannels =
  | 'document:versions'
  | 'document:addVersion'
  | 'document:diff'
  | 'document:setLanguage'
  | 'document:checkForChanges'
  | 'document:changedAtSource';

/** Main's side of the version channels: list, add a version from a file, compare two versions, change the language (as a version), check the article's web page for changes (a changed text as a version). */
export function createVersionHandlers({ store, analyst, now }: VersionHandlerDeps): Pick<Api, VersionChannels> {
  const { versions } = store;
  return {
    'document:versions': async ({ documentId }) => {
      const me = analyst();
      const record = await versions.record(documentId);
      return { versions: record.versions, review: await versions.pending(documentId, me, await versions.currentLayer(documentId, me)) };
    },

    'document:addVersion': async ({ documentId, fileName, dataBase64 }) => {
      await store.getArticle(documentId);
      const bytes = Buffer.from(dataBase64, 'base64');
      const article = await importFile({ fileName, bytes }, documentId, now());
      return addVersion(store, analyst(), documentId, article, bytes);
    },

    'document:diff': async ({ documentId, from, to }) => {
      const [before, after] = await Promise.all([versions.readVersion(documentId, from), versions.readVersion(documentId, to)]);
      return diffTexts(toPlainText(before.blocks), toPlainText(after.blocks));
    },

    ...createLanguageHandlers({ store, addVersion: (id, article, bytes) => addVersion(store, analyst(), id, article, bytes) }),
    ...createWatchHandlers({ store, analyst, now, addVersion: (id, article, bytes) => addVersion(store, analyst(), id, article, bytes) }),
  };
}

/** How the analyst wants an imported file placed, when it may be another version of a library article. */
export interface ImportPlacement {
  /** Add it as a new version of this article. */
  versionOf?: string | undefined;
  /** Import it as a new article even if its canonical URL matches one in the library. */
  separate?: boolean | undefined;
}

/**
 * The storing step of `document:import`. A file whose canonical URL matches a library article,
 * with no placement chosen, stores nothing: the answer is that article's summary with
 * `sameArticle`, so the renderer can ask. Otherwise the article is added as a new one or as a
 * version, and the answer is its summary.
 */
export async function placeImportedArticle(
  { store, analyst }: Omit<VersionHandlerDeps, 'now'>,
  article: Article,
  bytes: Uint8Array,
  { versionOf, separate }: ImportPlacement,
): Promise<Output<'document:import'>> {
  if (versionOf !== undefined) {
    await store.getArticle(versionOf);
    await addVersion(store, analyst(), versionOf, article, bytes);
    return summarizeArticle(await store.getArticle(versionOf));
  }
  const same = separate ? undefined : findSameArticle(article.metadata.url, store.listArticles());
  if (same) return { ...same, sameArticle: { versions: (await store.versions.record(same.id)).versions.length } };
  await store.addArticle(article, bytes);
  return summarizeArticle(article);
}

async function addVersion(
  store: Store,
  me: Creator,
  documentId: string,
  article: Article,
  bytes: Uint8Array,
): Promise<Output<'document:addVersion'>> {
  const added = await store.versions.addVersion(documentId, article, bytes, me);
  const mine = await store.versions.pending(documentId, me, await store.getLayer(documentId, me));
  return { version: added.version, repositioned: added.repositioned, review: mine.length };
}

/**
 * `layers:list` with every colleague's layer, and the adjudicated layer, anchored onto the
 * article's current text in memory only, as the reader anchors the analyst's own layer on open:
 * a colleague's layer stays anchored to an earlier version until their own app re-anchors it,
 * and only they write it. A colleague annotation that cannot be placed with confidence is left
 * out of what review shows, and `problems` says so; their file keeps it.
 */
export function anchorColleagueLayers(store: Store, list: Api['layers:list']): Pick<Api, 'layers:list'> {
  return {
    'layers:list': async (input) => {
      const layers = await list(input);
      const text = toPlainText((await store.getArticle(input.documentId)).blocks);
      const problems = [...layers.problems];
      const colleagues = layers.colleagues.map((layer) => {
        const { anchored, unresolved } = reanchorAnnotations(text, layer.annotations);
        if (unresolved.length > 0) {
          const { name } = layer.analyst;
          problems.push({
            file: join(store.dir, layerPath(input.documentId, layer.analyst.id)),
            problem:
              unresolved.length === 1
                ? `1 annotation by ${name} cannot be placed on this version of the article and is left out of review; it stays in ${name}'s file.`
                : `${unresolved.length} annotations by ${name} cannot be placed on this version of the article and are left out of review; they stay in ${name}'s file.`,
          });
        }
        return { ...layer, annotations: anchored };
      });
      const adjudicated = { ...layers.adjudicated, annotations: placedOnly(text, layers.adjudicated.annotations) };
      return { ...layers, colleagues, adjudicated, problems };
    },
  };
}

function placedOnly(text: string, annotations: readonly Annotation[]): Annotation[] {
  return reanchorAnnotations(text, annotations).anchored;
}
