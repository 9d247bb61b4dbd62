import { useCallback } from 'react';
import { readFileForImport } from '../import/read-file';
import { useTrackedImport } from '../import/use-tracked-import';
import type { Client } from '../ipc/client';
import { messageOf } from '../ui/message-of';
import { importWithVersionCheck, type AskVersionChoice } from '../versions/import-with-version-check';

/** The app's import routes: a file (picked or dropped) and pasted text or a web page, each opened once stored. */
export interface AppImports {
  readonly tracked: ReturnType<typeof useTrackedImport>;
  readonly importFile: (file: File) => Promise<void>;
  readonly importPasted: (text: string, title: string, html?: string) => Promise<void>;
}

/**
 * Runs imports with their progress tracked; a stored article is opened with `onImported` (the
 * library re-read), a failure becomes `onError`'s message, and a cancel does nothing. A file
 * that looks like a new version of a stored article is put to the analyst through `askVersion`.
 */
export function useImports(
  client: Client,
  askVersion: AskVersionChoice,
  onImported: (documentId: string) => void,
  onError: (message: string | null) => void,
): AppImports {
  const tracked = useTrackedImport(client);
  const runImport = tracked.run;
  const importWith = useCallback(
    async (label: string, run: (importId: string) => Promise<{ id: string }>) => {
      try {
        const summary = await runImport(label, run);
        // null: the analyst cancelled, and main stored nothing.
        if (summary === null) return;
        onError(null);
        onImported(summary.id);
      } catch (e) {
        onError(messageOf(e));
      }
    },
    [runImport, onImported, onError],
  );
  const importFile = useCallback(
    (file: File) =>
      importWith(`Importing ${file.name}…`, async (importId) =>
        importWithVersionCheck(client, { ...(await readFileForImport(file)), importId }, askVersion),
      ),
    [client, importWith, askVersion],
  );
  const importPasted = useCallback(
    (text: string, title: string, html?: string) =>
      importWith(
        html === undefined ? 'Importing pasted text…' : 'Importing pasted web page…',
        html === undefined
          ? () => client['document:importText'](title ? { text, title } : { text })
          : (importId) => client['document:importHtml']({ html, importId, ...(title && { title }) }),
      ),
    [client, importWith],
  );
  return { tracked, importFile, importPasted };
}
