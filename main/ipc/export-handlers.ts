import type { Api } from '../../shared/ipc/contract';
import type { Creator } from '../../shared/model/annotation';
import { buildExport } from '../export/build-export';
import type { RenderPdf } from '../export/render-pdf';
import type { Store } from '../store';
import { readVerdictHistory } from '../sync/read-history';

/**
 * The export channel: builds the file from every analyst's layer (the scope narrows it) and
 * returns its bytes for the renderer to save. ClaimReview uses the organisation in the settings;
 * the adjudicated layer is the one `analyst`'s decisions form, as review mode shows it.
 */
export function createExportHandlers({
  store,
  now,
  renderPdf,
  analyst,
}: {
  store: Store;
  now: () => Date;
  renderPdf: RenderPdf;
  analyst: () => Creator;
}): Pick<Api, 'document:export'> {
  return {
    'document:export': async ({ documentId, format, scope }) => {
      const result = await buildExport(
        { documentId, format, scope, reviewerId: analyst().id },
        { store, renderPdf, now, verdictHistory: (id) => readVerdictHistory(store.dir, id) },
      );
      return {
        fileName: result.fileName,
        mediaType: result.mediaType,
        dataBase64: Buffer.from(result.bytes).toString('base64'),
        notes: result.notes,
      };
    },
  };
}
