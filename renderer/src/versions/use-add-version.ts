import { useCallback, useState } from 'react';
import { messageOf } from '../ui/message-of';
import { readFileForImport } from '../import/read-file';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { openWithVersions, type OpenedWithVersions } from './open-with-versions';

/**
 * "Import new version…" on an open article: saves pending changes, adds the file as the
 * article's next version (main re-anchors the analyst's own layer; colleagues' apps re-anchor
 * theirs when they next open it), then reloads the article and its versions through `onLoaded`. `adding` labels the work in progress; a failure goes to `onError`
 * and leaves the article as it was.
 */
export function useAddVersion(
  client: Client,
  documentId: string,
  session: ReaderSession | null,
  onLoaded: (loaded: OpenedWithVersions) => void,
  onError: (message: string) => void,
): { adding: string | null; addVersion: (file: File) => Promise<void> } {
  const [adding, setAdding] = useState<string | null>(null);
  const addVersion = useCallback(
    async (file: File) => {
      if (!session) return;
      setAdding(`Adding ${file.name} as a new version…`);
      try {
        await session.flush();
        await client['document:addVersion']({ documentId, ...(await readFileForImport(file)) });
        onLoaded(await openWithVersions(client, documentId));
      } catch (e) {
        onError(messageOf(e));
      } finally {
        setAdding(null);
      }
    },
    [client, documentId, session, onLoaded, onError],
  );
  return { adding, addVersion };
}
