import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Creator } from '../../../shared/model/annotation';
import type { Settings } from '../../../shared/model/settings';
import './review.css';
import { readFileForImport } from '../import/read-file';
import type { Client } from '../ipc/client';
import { useFilePick } from '../ui/use-file-pick';
import type { ReviewController } from './review-controller';
import { ProfileDialog } from './ProfileDialog';

/** What the reader needs to show review mode. */
export interface ReaderReview {
  on: boolean;
  toggle: () => void;
  /** Changes whenever a colleague's file changed on disk or was imported: the layers are reloaded. */
  colleagueVersion: number;
  /** The reader reports its controller (null when review mode closes), so keys reach it. */
  onController: (controller: ReviewController | null) => void;
  /** Opens the file picker for a colleague's file on the open article. */
  importColleague: () => void;
}

/**
 * The app-level part of review: the analyst's profile (asked for on first run), whether review
 * mode is on, importing a colleague's file, and the commands (menu, keys, main's watcher) that
 * drive them. `openDocumentId` is the article being read, if any.
 */
export function useReviewMode(
  client: Client,
  openDocumentId: string | null,
  onCreator: (creator: Creator) => void,
  onError: (message: string) => void,
) {
  const [on, setOn] = useState(false);
  const [colleagueVersion, setColleagueVersion] = useState(0);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [editingProfile, setEditingProfile] = useState(false);
  const controller = useRef<ReviewController | null>(null);

  useEffect(() => {
    client['settings:get']({}).then(setSettings, () => {});
  }, [client]);

  const onController = useCallback((c: ReviewController | null) => {
    controller.current = c;
  }, []);

  const importFile = async (file: File) => {
    if (!openDocumentId) return;
    try {
      const encoded = await readFileForImport(file);
      await client['layers:importColleague']({ documentId: openDocumentId, ...encoded });
      setOn(true);
      setColleagueVersion((v) => v + 1);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };

  const { open: openColleaguePicker, input: colleagueInput } = useFilePick((file) => void importFile(file), {
    accept: '.json,.jsonld,application/json,application/ld+json',
    testId: 'colleague-file-input',
  });
  const importColleague = useCallback(() => {
    if (!openDocumentId) {
      onError('Open the article first: a colleague’s annotations are imported onto the article being read.');
      return;
    }
    openColleaguePicker();
  }, [openDocumentId, onError, openColleaguePicker]);

  const needsProfile = settings !== null && !settings.profile?.confirmed;
  const profileDialog: ReactNode =
    settings && (needsProfile || editingProfile) ? (
      <ProfileDialog
        settings={settings}
        onClose={() => setEditingProfile(false)}
        onSave={async (profile) => {
          const next = await client['profile:update']({ profile });
          setSettings(next);
          setEditingProfile(false);
          onCreator(next.analyst);
        }}
      />
    ) : null;

  const toggle = useCallback(() => setOn((v) => !v), []);
  return {
    reader: { on, toggle, colleagueVersion, onController, importColleague } satisfies ReaderReview,
    toggle,
    colleaguesChanged: useCallback(() => setColleagueVersion((v) => v + 1), []),
    step: useCallback((delta: 1 | -1) => controller.current?.step(delta), []),
    editProfile: useCallback(() => setEditingProfile(true), []),
    importColleague,
    /** Rendered by the app: the first-run profile dialog (when due) and the colleague file picker. */
    elements: (
      <>
        {profileDialog}
        {colleagueInput}
      </>
    ),
  };
}
