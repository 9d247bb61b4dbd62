import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/**
 * Answers at least this many characters of JSON cross the binding gzipped. Measured in headless
 * Chromium: below ~100 KB the plain string arrives as fast; at 220 KB gzip already saves a third.
 */
export const GZIP_FROM_CHARS = 128 * 1024;

const gzipAsync = promisify(gzip);

/**
 * Encodes one dispatch result for the host binding: its JSON, or, from `GZIP_FROM_CHARS` on, that
 * JSON gzipped and base64-encoded. Playwright hands a binding's answer to the page inside a CDP
 * message, escaped and converted several times on the way: the 6.9 MB of JSON that opens a 1 MB
 * article with 10,000 annotations took ~0.5 s to arrive, its 0.8 MB of base64 gzip ~0.15 s,
 * compressing and inflating included. Level 1 compresses ~6× at ~40 ms on zlib's worker
 * threads, so the event loop stays free. The page tells the forms apart by the first character:
 * a result's JSON always starts with `{`, base64 never does.
 */
export async function encodeBindingAnswer(result: unknown): Promise<string> {
  const json = JSON.stringify(result);
  if (json.length < GZIP_FROM_CHARS) return json;
  return (await gzipAsync(json, { level: 1 })).toString('base64');
}
