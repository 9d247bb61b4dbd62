import { archiveUrl } from '../../archive/archive-url';
import { snapshotPath } from '../../archive/snapshot';
import type { CliIo } from '../cli-io';

/**
 * `factmark archive URL`: takes an evidence snapshot of URL into the store (see `archiveUrl`) and
 * prints it as JSON: `{"url", "final_url", "status", "content_type", "retrieved", "sha256",
 * "bytes", "title", "snapshot"}`, `snapshot` being the record's path in the store. A URL that
 * cannot be fetched or read fails (exit 1) with the reason, and nothing is stored.
 */
export async function archiveCommand(url: string, storeDir: string, io: CliIo): Promise<void> {
  const snapshot = await archiveUrl(storeDir, url);
  io.out(
    JSON.stringify(
      {
        url: snapshot.url,
        final_url: snapshot.finalUrl,
        status: snapshot.status,
        content_type: snapshot.contentType,
        retrieved: snapshot.retrievedAt,
        sha256: snapshot.sha256,
        bytes: snapshot.byteLength,
        title: snapshot.title,
        snapshot: snapshotPath(snapshot),
      },
      null,
      2,
    ),
  );
}
