import { reanchorAnnotations } from '../../shared/anchoring/reanchor-annotations';
import type { Api } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import { summarizeArticle } from '../../shared/model/summarize-article';
import { toPlainText } from '../../shared/text/plain-text';
import { withArticleLanguage } from '../import/article-language';
import { importFile, importPlainText, recleanArticle } from '../import/import-article';
import { ImportJobs } from '../import/import-jobs';
import { createImportHandlers } from './import-handlers';
import { createClaimsHandlers } from './claims-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { openCasebook, type Casebook } from '../casebook/casebook';
import { storeIdentity } from '../casebook/identity-file';
import type { Store } from '../store';
import { openArticleVersions } from '../store/article-versions';
import { anchorColleagueLayers, createVersionHandlers, placeImportedArticle } from './version-handlers';
import { createExportHandlers } from './export-handlers';
import { refusePdfExport, type RenderPdf } from '../export/render-pdf';

/** What the handlers need from the outside world, injected so tests can fix ids and time. */
export interface HandlerDeps {
  store: Store;
  newId: () => string;
  now: () => Date;
  /** Imports in progress (followed and cancelled by id); a fresh set when not given. */
  imports?: ImportJobs;
  /** The store as a shared casebook (this machine's analyst, colleagues' layers, review); one over the store's own settings when not given. */
  casebook?: Casebook;
  /**
   * Prints report HTML to PDF, chosen by the composition root (Electron's printToPDF, or the
   * Playwright one for the command line and the Chromium host) so the Electron bundle never
   * loads playwright-core; without one, PDF export is refused with a message.
   */
  renderPdf?: RenderPdf;
}

/**
 * Main's implementation of the IPC contract. Payloads arrive already validated by the
 * dispatcher; these functions only do the work and throw UserFacingError for the analyst.
 */
export function createHandlers({
  store,
  newId,
  now,
  imports = new ImportJobs(),
  casebook = openCasebook({ store, identity: storeIdentity(store), newId, now }),
  renderPdf = refusePdfExport,
}: HandlerDeps): Api {
  const analyst = () => casebook.analyst();

  const versions = openArticleVersions(store);

  return {
    'library:list': async () => store.listArticles(),

    'document:open': async ({ documentId }) => ({
      article: await store.getArticle(documentId),
      annotations: await versions.currentLayer(documentId, analyst()),
    }),

    'document:import': async ({ fileName, dataBase64, versionOf, separate, importId }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const article = await imports.run(importId, fileName, (control) => importFile({ fileName, bytes }, newId(), now(), control));
      return placeImportedArticle({ store, versions, analyst }, article, bytes, { versionOf, separate });
    },

    'document:importText': async ({ text, title }) => {
      const bytes = Buffer.from(text, 'utf8');
      const article = await withArticleLanguage(importPlainText({ fileName: 'Pasted text.txt', bytes }, newId(), now()));
      const named = title?.trim() ? { ...article, metadata: { ...article.metadata, title: title.trim() } } : article;
      await store.addArticle(named, bytes);
      return summarizeArticle(named);
    },

    'document:restoreLines': async ({ documentId, lines }) => {
      const previous = await store.getArticle(documentId);
      const unknown = lines.filter((line) => !previous.cleaning.dropped.some((d) => d.line === line));
      if (unknown.length > 0) {
        throw new UserFacingError('invalid-request', `Line ${unknown[0]} of "${previous.source.fileName}" was not dropped, so it cannot be restored.`);
      }
      const article = await recleanArticle(previous, await store.readSource(previous.source.sha256), lines);
      const layer = await store.getLayer(documentId, analyst());
      const { anchored, unresolved } = reanchorAnnotations(toPlainText(article.blocks), layer);
      const annotations = [...anchored, ...unresolved.map((u) => u.annotation)];
      await store.replaceArticle(article);
      await store.replaceLayer(documentId, analyst(), annotations);
      return { article, annotations };
    },

    'annotations:apply': async ({ documentId, upsert, remove }) => {
      const me = analyst();
      if (!store.listArticles().some((a) => a.id === documentId)) {
        throw new UserFacingError('not-found', `No article with id ${documentId} is in the library.`);
      }
      for (const annotation of upsert) {
        if (annotation.documentId !== documentId || annotation.target.source !== documentId) {
          throw new UserFacingError('invalid-request', `Annotation ${annotation.id} belongs to another document.`);
        }
        if (annotation.creator.id !== me.id) {
          throw new UserFacingError('invalid-request', `Annotation ${annotation.id} was made by ${annotation.creator.name}; only your own layer can be changed.`);
        }
      }
      await store.applyToLayer(documentId, me, { upsert, remove });
      return { savedAt: now().toISOString() };
    },

    ...createImportHandlers({ store, newId, now, imports }),

    ...createClaimsHandlers({ store }),

    ...createSettingsHandlers({ store, settings: () => casebook.settings() }),

    ...createVersionHandlers({ store, versions, analyst, now }),

    ...casebook.handlers,

    ...anchorColleagueLayers(store, casebook.handlers['layers:list']),

    ...createExportHandlers({ store, now, renderPdf, analyst }),

    'settings:get': async () => casebook.settings(),

    'store:messages': async () => store.messages(),
  };
}
