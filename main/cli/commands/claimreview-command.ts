import { importClaimReviews } from '../../factcheck/import-claim-reviews';
import type { CliIo } from '../cli-io';
import { readInputFile } from '../read-input-file';
import { formatStoreMessage } from '../report-store-messages';

/**
 * `factmark claimreview import FILE`: brings the published fact-checks in FILE (a JSON-LD file,
 * a saved web page's ld+json blocks, or a Fact Check Tools response) into the store. Prints
 * `imported N, updated M` on stdout; each item skipped or flagged goes on stderr as
 * `factmark: FILE: WHERE: skipped|flagged: REASON`. Fails (exit 1) only when FILE cannot be
 * read (missing, too large, neither JSON nor a web page) or the store cannot be written.
 */
export async function claimReviewImportCommand(file: string, storeDir: string, io: CliIo): Promise<void> {
  const bytes = await readInputFile(file);
  const result = await importClaimReviews(storeDir, bytes, file, new Date(), (m) => io.err(formatStoreMessage(m)));
  for (const { where, reason } of result.skipped) io.err(`factmark: ${file}: ${where}: skipped: ${reason}`);
  for (const { where, reason } of result.flagged) io.err(`factmark: ${file}: ${where}: flagged: ${reason}`);
  io.out(`imported ${result.imported}, updated ${result.updated}`);
}
