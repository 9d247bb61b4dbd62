import type { FlaggedReview } from '../../shared/factcheck/merge-fact-checks';
import { mergeFactChecks } from '../../shared/factcheck/merge-fact-checks';
import type { RatingGroups } from '../../shared/factcheck/rating-groups';
import type { SkippedReview } from '../../shared/factcheck/read-claim-reviews';
import type { StoreMessage } from '../../shared/ipc/contract';
import { openFactChecksFile } from './fact-checks-file';
import { readClaimReviewFile } from './read-claim-review-file';
import { readWorkspaceRatingTable } from './workspace-rating-table';

/** What an import of published fact-checks did. */
export interface ClaimReviewImport {
  imported: number;
  updated: number;
  /** Items left out (no claim text, not an object, a block that is not JSON), with the reason. */
  skipped: SkippedReview[];
  /** Items kept that need a look (a rating not in the mapping table, no rating), with the reason. */
  flagged: FlaggedReview[];
}

/**
 * Imports the ClaimReviews in a file's bytes (`readClaimReviewFile`) into the store's
 * fact-checks, mapping ratings by `table` (the workspace's mapping from its settings unless given): a review already there (same review URL, else same claim
 * text and publisher) is updated, the rest added. Resolves once the fact-checks are durable.
 * Throws a UserFacingError when the bytes are neither JSON nor a web page, or the write fails.
 */
export async function importClaimReviews(
  storeDir: string,
  bytes: Uint8Array,
  fileName: string,
  now: Date,
  report: (message: StoreMessage) => void,
  table?: RatingGroups,
): Promise<ClaimReviewImport> {
  const { items, skipped } = await readClaimReviewFile(bytes, fileName);
  table ??= await readWorkspaceRatingTable(storeDir, report);
  const file = openFactChecksFile({ storeDir, readOnly: false, report });
  const merged = mergeFactChecks(await file.read(), items, now, table);
  if (items.length > 0) await file.write(merged.factChecks);
  return { imported: merged.imported, updated: merged.updated, skipped, flagged: merged.flagged };
}
