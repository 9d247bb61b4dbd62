import { readClaimReviewBlocks, readClaimReviews, type ReadReviews } from '../../shared/factcheck/read-claim-reviews';
import { UserFacingError } from '../../shared/ipc/result';
import { decodeHtmlBytes } from '../import/html/decode-html-bytes';
import { readLdJsonBlocks } from './read-ld-json-blocks';

/**
 * Reads the ClaimReviews in a file's bytes: JSON (a JSON-LD object, array or graph, or a Fact
 * Check Tools response) or a saved web page, whose `application/ld+json` blocks are taken from
 * the page as parse5 reads it (nothing on the page runs or loads) and read as
 * JSON. Throws a UserFacingError ('import-failed') naming `fileName` when the bytes are
 * neither valid JSON nor HTML.
 */
export async function readClaimReviewFile(bytes: Uint8Array, fileName: string): Promise<ReadReviews> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/u, '');
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    try {
      return readClaimReviews(JSON.parse(text) as unknown);
    } catch (error) {
      throw new UserFacingError(
        'import-failed',
        `${fileName} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
  if (start !== '<') throw new UserFacingError('import-failed', `${fileName} is neither JSON nor a web page.`);
  const blocks = readLdJsonBlocks(decodeHtmlBytes(bytes, fileName));
  return readClaimReviewBlocks(blocks);
}
