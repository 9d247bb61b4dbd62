import { readHistory } from '../../sync/read-history';
import type { CliIo } from '../cli-io';

/**
 * `factmark history DOC_ID [--annotation ID]`: prints `{"changes":[{"at","analyst","annotation_id",
 * "field","from","to"}]}`, oldest first (see `readHistory`). Reads only; takes no lock.
 */
export async function historyCommand(documentId: string, annotationId: string | undefined, storeDir: string, io: CliIo): Promise<void> {
  io.out(JSON.stringify({ changes: await readHistory(storeDir, documentId, annotationId) }));
}
