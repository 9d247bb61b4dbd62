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
  return storeSnapshot(storeDir, { url, ...page, fileName: fileNameOf(page.finalUrl, page.contentType) }, now(), control);
}

/** The bytes of a page to keep as a snapshot, and where they came from. */
export interface SnapshotBytes {
  /** The source's address. */
  url: string;
  /** Where the redirects ended, or (attached) the file's name. */
  finalUrl: string;
  /** The HTTP status; 0 for a saved copy the analyst attached. */
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** The name the import tells the kind by (see `fileNameOf`). */
  fileName: string;
  how?: 'attached';
}

/**
 * Reads `page` through the import (web page or PDF, nothing run) and stores it in `storeDir`: the
 * raw bytes under their SHA-256 in `sources/` (once), the record in `archive/`, both durable
 * before it resolves. Throws a UserFacingError when the import cannot read the bytes; nothing is
 * stored then.
 */
export async function storeSnapshot(
  storeDir: string,
  page: SnapshotBytes,
  retrievedAt: Date,
  control: ImportControl = {},
): Promise<Snapshot> {
  const sha256 = createHash('sha256').update(page.bytes).digest('hex');
  const article = await importFile({ fileName: page.fileName, bytes: page.bytes }, `snapshot-${sha256.slice(0, 16)}`, retrievedAt, control);
  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    url: page.url,
    finalUrl: page.finalUrl,
    status: page.status,
    contentType: page.contentType,
    retrievedAt: retrievedAt.toISOString(),
    sha256,
    byteLength: page.bytes.byteLength,
    title: article.metadata.title,
    text: toPlainText(article.blocks),
    article,
    ...(page.how === undefined ? {} : { how: page.how }),
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
export function fileNameOf(finalUrl: string, contentType: string): string {
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
