import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffTexts } from '../../shared/diff';
import type { Api } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { SnapshotRef } from '../../shared/model/claim-record';
import { toPlainText } from '../../shared/text/plain-text';
import { importFile } from '../import/import-article';
import type { Store } from '../store';
import { sourcePath } from '../store/store-paths';
import { archiveUrl, fileNameOf, storeSnapshot } from './archive-url';
import { ARCHIVE_LIMITS, fetchForArchive, type FetchLimits } from './fetch-for-archive';
import { askInternetArchive, INTERNET_ARCHIVE_SAVE } from './internet-archive';
import { snapshotPath, type Snapshot } from './snapshot';

/** What the snapshot channels need: the store folder, its settings, and its write channel (so sync hears the new files). */
export type ArchivingStore = Pick<Store, 'dir' | 'getSettings' | 'updateSettings' | 'reportWrite'>;

/** How the snapshot channels reach the web; tests point them at a local server. */
export interface ArchiveOptions {
  now?: () => Date;
  limits?: FetchLimits;
  /** The Internet Archive's Save Page Now address, the URL to save appended. */
  internetArchive?: string;
}

type ArchiveChannels =
  'archive:snapshot' | 'archive:attach' | 'archive:check' | 'archive:setInternetArchive' | 'archive:openSnapshot' | 'archive:setWatch';

/**
 * The snapshot channels over `store`. "Save snapshot" fetches and stores a page (and, with the
 * workspace's setting on, asks the Internet Archive to save it too: its answer never fails the
 * snapshot); "Attach a saved copy" stores a file the analyst picked the same way; "Check for
 * changes" fetches the snapshot's URL again and compares the texts, storing nothing; "Open
 * snapshot" reads a stored snapshot back, to show read-only. The setting to watch articles for
 * changes is kept here beside the Internet Archive's.
 */
export function createArchiveHandlers(store: ArchivingStore, options: ArchiveOptions = {}): Pick<Api, ArchiveChannels> {
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? ARCHIVE_LIMITS;
  const announce = (snapshot: Snapshot): void => {
    store.reportWrite(sourcePath(snapshot.sha256));
    store.reportWrite(snapshotPath(snapshot));
  };
  return {
    'archive:setInternetArchive': async ({ on }) => ({
      on: (await store.updateSettings({ internetArchive: on })).internetArchive ?? false,
    }),
    'archive:setWatch': async ({ on }) => ({
      on: (await store.updateSettings({ watchArticles: on })).watchArticles ?? false,
    }),
    'archive:openSnapshot': async ({ record }) => {
      const snapshot = await readSnapshot(store.dir, record);
      return {
        url: snapshot.url,
        finalUrl: snapshot.finalUrl,
        retrieved: snapshot.retrievedAt,
        sha256: snapshot.sha256,
        title: snapshot.title,
        text: snapshot.text,
        attached: snapshot.how === 'attached',
        status: snapshot.status,
        blocks: snapshot.article.blocks,
      };
    },
    'archive:snapshot': async ({ url }) => {
      const snapshot = await archiveUrl(store.dir, url, now, limits);
      announce(snapshot);
      const internetArchive = store.getSettings().internetArchive
        ? await askInternetArchive(url, options.internetArchive ?? INTERNET_ARCHIVE_SAVE, limits)
        : null;
      return { snapshot: refOf(snapshot, 'fetched'), internetArchive };
    },
    'archive:attach': async ({ url, fileName, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const snapshot = await storeSnapshot(
        store.dir,
        { url, finalUrl: fileName, status: 0, contentType: '', bytes, fileName, how: 'attached' },
        now(),
      );
      announce(snapshot);
      return { snapshot: refOf(snapshot, 'attached') };
    },
    'archive:check': async ({ record }) => {
      const snapshot = await readSnapshot(store.dir, record);
      if (!/^https?:/iu.test(snapshot.url)) {
        throw new UserFacingError('invalid-request', 'This snapshot was attached from a file with no web address to check.');
      }
      const page = await fetchForArchive(snapshot.url, limits);
      const checked = now();
      const fresh = await importFile({ fileName: fileNameOf(page.finalUrl, page.contentType), bytes: page.bytes }, 'page-check', checked);
      const { sentences } = diffTexts(snapshot.text, toPlainText(fresh.blocks));
      return {
        changed: sentences.edited + sentences.inserted + sentences.deleted > 0,
        snapshotRetrieved: snapshot.retrievedAt,
        checked: checked.toISOString(),
        edited: sentences.edited,
        added: sentences.inserted,
        removed: sentences.deleted,
      };
    },
  };
}

/** What a source keeps of a snapshot. */
function refOf(snapshot: Snapshot, how: SnapshotRef['how']): SnapshotRef {
  return {
    how,
    record: snapshotPath(snapshot),
    sha256: snapshot.sha256,
    retrieved: snapshot.retrievedAt,
    finalUrl: snapshot.finalUrl.slice(0, 2_000),
    ...(how === 'fetched' ? { status: snapshot.status } : {}),
    title: snapshot.title.slice(0, 1_000),
  };
}

/** A snapshot record named by a source; only files in the store's `archive/` folder are read. */
async function readSnapshot(storeDir: string, record: string): Promise<Snapshot> {
  if (!/^archive\/[^/\\]+\.json$/u.test(record) || record.includes('..')) {
    throw new UserFacingError('invalid-request', `"${record}" is not a snapshot in this store.`);
  }
  const text = await readFile(join(storeDir, record), 'utf8').catch(() => {
    throw new UserFacingError('not-found', `The snapshot ${record} is not in this store (a colleague's copy may not have synced yet).`);
  });
  const parsed = JSON.parse(text) as Partial<Snapshot>;
  if (
    typeof parsed.url !== 'string' ||
    typeof parsed.text !== 'string' ||
    typeof parsed.retrievedAt !== 'string' ||
    !Array.isArray(parsed.article?.blocks)
  ) {
    throw new UserFacingError('store-failed', `The snapshot ${record} cannot be read.`);
  }
  return parsed as Snapshot;
}
