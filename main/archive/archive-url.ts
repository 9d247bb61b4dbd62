import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { toPlainText } from '../../shared/text/plain-text';
import { importFile, type ImportControl } from '../import/import-article';
import { makeDirectoryDurably, writeFileDurably } from '../store/durable-write';
import { sourcePath } from '../store/store-paths';
import { fetchForArchive, ARCHIVE_LIMITS, type FetchLimits } from './fetch-for-archive';
import { SNAPSHOT_SCHEMA_VERSION, snapshotPath, type Snapshot } from './snapshot';

/**
 * "Archive now" for a source URL: fetches it (`fetchForArchive`: http(s) only, no cookies, time,
 * size and redirect limits), reads the bytes through the same import as any web page or PDF
 * (Readability and the sanitiser, or the PDF route; nothing on the page runs), and stores in
 * `storeDir` the raw bytes under their SHA-256 (`sources/<sha256>`, as imports keep them) and the
 * snapshot record (`archive/<time>-<sha>.json`): cleaned text and article, final URL, status,
 * content type, retrieval time. Resolves with the snapshot once both are durable. Throws a
 * UserFacingError naming the URL when the fetch or the import fails; nothing is stored then.
 */
export async function archiveUrl(
  storeDir: string,
  url: string,
  now: () => Date = () => new Date(),
  limits: FetchLimits = ARCHIVE_LIMITS,
  control: ImportControl = {},
): Promise<Snapshot> {
  const page = await fetchForArchive(url, limits);
  const retrievedAt = now();
  const sha256 = createHash('sha256').update(page.bytes).digest('hex');
  const article = await importFile(
    { fileName: fileNameOf(page.finalUrl, page.contentType), bytes: page.bytes },
    `snapshot-${sha256.slice(0, 16)}`,
    retrievedAt,
    control,
  );
  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    url,
    finalUrl: page.finalUrl,
    status: page.status,
    contentType: page.contentType,
    retrievedAt: retrievedAt.toISOString(),
    sha256,
    byteLength: page.bytes.byteLength,
    title: article.metadata.title,
    text: toPlainText(article.blocks),
    article,
  };
  const bytesFile = join(storeDir, sourcePath(sha256));
  const recordFile = join(storeDir, snapshotPath(snapshot));
  if (!(await exists(bytesFile))) {
    await makeDirectoryDurably(join(bytesFile, '..'), bytesFile);
    await writeFileDurably(bytesFile, page.bytes);
  }
  await makeDirectoryDurably(join(recordFile, '..'), recordFile);
  await writeFileDurably(recordFile, JSON.stringify(snapshot));
  return snapshot;
}

/** A name the import can tell the kind by: PDFs and pages are told by content, plain text by `.txt`. */
function fileNameOf(finalUrl: string, contentType: string): string {
  const last = decodeURIComponent(new URL(finalUrl).pathname.split('/').pop() ?? '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  if (/\.(?:html?|pdf|txt|md)$/iu.test(last)) return last;
  if (/pdf/iu.test(contentType)) return 'page.pdf';
  return /text\/plain/iu.test(contentType) ? 'page.txt' : 'page.html';
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
