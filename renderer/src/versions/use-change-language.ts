import { useCallback, useState } from 'react';
import { messageOf } from '../ui/message-of';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { openWithVersions, type OpenedWithVersions } from './open-with-versions';

/**
 * Changing the open article's language: saves pending changes, asks main to store the article
 * with `lang` as its next version (main re-anchors the analyst's layer as for Import New
 * Version), then reloads the article — segmented afresh — and its versions through `onLoaded`.
 * `changing` labels the work in progress; a failure goes to `onError` and leaves the article as it was.
 */
export function useChangeLanguage(
  client: Client,
  documentId: string,
  session: ReaderSession | null,
  onLoaded: (loaded: OpenedWithVersions) => void,
  onError: (message: string) => void,
): { changing: string | null; changeLanguage: (lang: string, name: string) => Promise<void> } {
  const [changing, setChanging] = useState<string | null>(null);
  const changeLanguage = useCallback(
    async (lang: string, name: string) => {
      if (!session) return;
      setChanging(`Marking the article as ${name}…`);
      try {
        await session.flush();
        await client['document:setLanguage']({ documentId, lang });
        onLoaded(await openWithVersions(client, documentId));
      } catch (e) {
        onError(messageOf(e));
      } finally {
        setChanging(null);
      }
    },
    [client, documentId, session, onLoaded, onError],
  );
  return { changing, changeLanguage };
}
