import type { Api } from '../../shared/ipc/contract';
import { summarizeArticle } from '../../shared/model/summarize-article';
import { importPastedHtml } from '../import/import-article';
import type { ImportJobs } from '../import/import-jobs';
import { prepareImportWorker } from '../import/import-worker-pool';
import type { Store } from '../store';

/** What the import handlers need: the store, ids and time, and the imports in progress. */
export interface ImportHandlerDeps {
  store: Store;
  newId: () => string;
  now: () => Date;
  imports: ImportJobs;
}

/**
 * The handlers for pasted HTML, for warming the import worker ahead of an import, and for
 * following and cancelling imports. `document:import`
 * itself stays in handlers.ts and runs through the same `imports`.
 */
export function createImportHandlers({
  store,
  newId,
  now,
  imports,
}: ImportHandlerDeps): Pick<Api, 'document:importHtml' | 'import:progress' | 'import:cancel' | 'import:prepare'> {
  return {
    'document:importHtml': async ({ html, title, importId }) => {
      const article = await imports.run(importId, 'Pasted web page.html', (control) =>
        importPastedHtml(html, title, newId(), now(), control),
      );
      await store.addArticle(article, Buffer.from(html, 'utf8'));
      return summarizeArticle(article);
    },

    'import:progress': async ({ importId }) => imports.progress(importId),

    'import:cancel': async ({ importId }) => ({ cancelled: imports.cancel(importId) }),

    'import:prepare': async () => {
      await prepareImportWorker();
      return {};
    },
  };
}
