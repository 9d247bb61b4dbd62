import { useCallback, useEffect, useState } from 'react';
import { formatDayTime } from '../ui/format-time';
import { messageOf } from '../ui/message-of';
import { readFileForImport } from '../import/read-file';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { forgetChangedAtSource } from './changed-at-source';
import { openWithVersions, type OpenedWithVersions } from './open-with-versions';
import { onLibraryNews } from './watch-news';

/** What "Check for Changes" found, in words for the versions bar. */
function describeCheck(answer: { changed: boolean; since: string; added: { version: { number: number }; review: number } | null }): string {
  if (!answer.changed || !answer.added) return `Unchanged since ${formatDayTime(answer.since)}.`;
  const review = answer.added.review === 0 ? '' : ` ${answer.added.review} annotation${answer.added.review === 1 ? '' : 's'} to review.`;
  return `The page changed: it is now version ${answer.added.version.number} (Compare versions shows what changed).${review}`;
}

/**
 * "Import new version…" on an open article: saves pending changes, adds the file as the
 * article's next version (main re-anchors the analyst's own layer; colleagues' apps re-anchor
 * theirs when they next open it), then reloads the article and its versions through `onLoaded`. `adding` labels the work in progress; a failure goes to `onError`
 * and leaves the article as it was. `checkForChanges` does the same with the article's web page
 * fetched again by main (a version only if its text changed) and resolves with what it found.
 * When main says the library changed and the open article's latest version is not the one shown
 * (the hourly watch added one), the same save-then-reload runs by itself.
 */
export function useAddVersion(
  client: Client,
  documentId: string,
  session: ReaderSession | null,
  onLoaded: (loaded: OpenedWithVersions) => void,
  onError: (message: string) => void,
): { adding: string | null; addVersion: (file: File) => Promise<void>; checkForChanges: () => Promise<string | null> } {
  const [adding, setAdding] = useState<string | null>(null);
  const addVersion = useCallback(
    async (file: File) => {
      if (!session) return;
      setAdding(`Adding ${file.name} as a new version…`);
      try {
        await session.flush();
        await client['document:addVersion']({ documentId, ...(await readFileForImport(file)) });
        forgetChangedAtSource();
        onLoaded(await openWithVersions(client, documentId));
      } catch (e) {
        onError(messageOf(e));
      } finally {
        setAdding(null);
      }
    },
    [client, documentId, session, onLoaded, onError],
  );
  const checkForChanges = useCallback(async () => {
    if (!session) return null;
    setAdding('Checking the web page for changes…');
    try {
      await session.flush();
      const answer = await client['document:checkForChanges']({ documentId });
      if (answer.changed) {
        forgetChangedAtSource();
        onLoaded(await openWithVersions(client, documentId));
      }
      return describeCheck(answer);
    } catch (e) {
      onError(messageOf(e));
      return null;
    } finally {
      setAdding(null);
    }
  }, [client, documentId, session, onLoaded, onError]);
  useEffect(() => {
    if (!session || adding !== null) return;
    let live = true;
    const stop = onLibraryNews(() => {
      void (async () => {
        const { versions } = await client['document:versions']({ documentId });
        if (!live || versions.at(-1)!.sha256 === session.article.source.sha256) return;
        // The watch re-anchored the stored layer; what the analyst did since is saved before the article is read again.
        await session.flush();
        forgetChangedAtSource();
        if (live) onLoaded(await openWithVersions(client, documentId));
      })().catch((e: unknown) => live && onError(messageOf(e)));
    });
    return () => {
      live = false;
      stop();
    };
  }, [client, documentId, session, adding, onLoaded, onError]);
  return { adding, addVersion, checkForChanges };
}
