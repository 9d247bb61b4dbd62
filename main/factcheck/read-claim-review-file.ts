import { readClaimReviewBlocks, readClaimReviews, type ReadReviews } from '../../shared/factcheck/read-claim-reviews';
import { UserFacingError } from '../../shared/ipc/result';

// A block larger than this is no ClaimReview a fact-checker published; parsing it would only cost time.
const MAX_BLOCK_CHARS = 5_000_000;

/**
 * Reads the ClaimReviews in a file's bytes: JSON (a JSON-LD object, array or graph, or a Fact
 * Check Tools response) or a saved web page, whose `application/ld+json` blocks are taken from
 * the page as parsed by the import's HTML reader (nothing on the page runs or loads) and read as
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
  // The HTML reader (jsdom) takes seconds to load: only a saved page pays for it.
  const [{ decodeHtmlBytes }, { parseHtml }] = await Promise.all([
    import('../import/html/decode-html-bytes'),
    import('../import/html/parse-html'),
  ]);
  const page = parseHtml(decodeHtmlBytes(bytes, fileName));
  const blocks: string[] = [];
  for (const script of Array.from(page.querySelectorAll('script[type]'))) {
    if (!/^\s*application\/ld\+json\s*(?:;.*)?$/iu.test(script.getAttribute('type') ?? '')) continue;
    const block = script.textContent ?? '';
    if (block.length <= MAX_BLOCK_CHARS) blocks.push(block);
  }
  return readClaimReviewBlocks(blocks);
}
