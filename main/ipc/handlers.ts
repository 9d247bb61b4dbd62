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
import { createLibraryHandlers, type OpenFolder } from './library-handlers';
import type { Casebook } from '../casebook/casebook';
import { anchorColleagueLayers, createVersionHandlers, placeImportedArticle } from './version-handlers';
import { createExportHandlers } from './export-handlers';
import { refusePdfExport, type RenderPdf } from '../export/render-pdf';
import { createSearchHandlers } from '../search/search-handlers';
import { createSimilarHandlers } from '../factcheck/similar-handlers';
import { SYNC_NOT_RUNNING, type SyncService } from '../sync/sync-service';

/** What the handlers need from the outside world, injected so tests can fix ids and time. */
export interface HandlerDeps {
  /** The one door to the store (see `Casebook`): library, layers, versions, settings, colleagues and review. */
  casebook: Casebook;
  newId: () => string;
  now: () => Date;
  /** Imports in progress (followed and cancelled by id); a fresh set when not given. */
  imports?: ImportJobs;
  /**
   * Prints report HTML to PDF, chosen by the composition root (Electron's printToPDF, or the
   * Playwright one for the command line and the Chromium host) so the Electron bundle never
   * loads playwright-core; without one, PDF export is refused with a message.
   */
  renderPdf?: RenderPdf;
  /** The casebook's git sync (`createSyncService`); where none runs, its channels say so. */
  sync?: SyncService['handlers'];
  /** The shell's way of showing the store's folder (Settings › Show in folder); refused with a message when not given. */
  openFolder?: OpenFolder;
}

/**
 * Main's implementation of the IPC contract. Payloads arrive already validated by the
 * dispatcher; these functions only do the work and throw UserFacingError for the analyst. Every
 * fact about a change (the article exists, an annotation is on it and the analyst's own) is
 * checked by the store, once.
 */
export function createHandlers({
  casebook: store,
  newId,
  now,
  imports = new ImportJobs(),
  renderPdf = refusePdfExport,
  sync = SYNC_NOT_RUNNING,
  openFolder,
}: HandlerDeps): Api {
  const analyst = () => store.analyst();

  return {
    'library:list': async () => store.listArticles(),

    'document:open': async ({ documentId }) => ({
      article: await store.getArticle(documentId),
      annotations: await store.versions.currentLayer(documentId, analyst()),
    }),

    'document:import': async ({ fileName, dataBase64, versionOf, separate, importId }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const article = await imports.run(importId, fileName, (control) => importFile({ fileName, bytes }, newId(), now(), control));
      return placeImportedArticle({ store, analyst }, article, bytes, { versionOf, separate });
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
        throw new UserFacingError(
          'invalid-request',
          `Line ${unknown[0]} of "${previous.source.fileName}" was not dropped, so it cannot be restored.`,
        );
      }
      const article = await recleanArticle(previous, await store.readSource(previous.source.sha256), lines);
      const layer = await store.getLayer(documentId, analyst());
      const { anchored, unresolved } = reanchorAnnotations(toPlainText(article.blocks), layer);
      const annotations = [...anchored, ...unresolved.map((u) => u.annotation)];
      await store.replaceArticle(article);
      await store.replaceLayer(documentId, analyst(), annotations);
      return { article, annotations };
    },

    'annotations:apply': store.saveAnnotations,

    ...createImportHandlers({ store, newId, now, imports }),

    ...createClaimsHandlers({ store }),

    ...createSettingsHandlers({ store, settings: () => store.settings() }),
    ...createLibraryHandlers({ store, now, openFolder }),

    ...createVersionHandlers({ store, analyst, now }),

    ...store.handlers,

    ...anchorColleagueLayers(store, store.handlers['layers:list']),

    ...createExportHandlers({ store, now, renderPdf, analyst }),

    'settings:get': async () => store.settings(),

    'store:messages': async () => store.messages(),

    ...createSearchHandlers(store),
    ...createSimilarHandlers(store),

    ...sync,
  };
}
