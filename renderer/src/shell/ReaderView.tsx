import { useCallback, useEffect, useState } from 'react';
import type { OpenedDocument } from '../../../shared/ipc/contract';
import type { Creator } from '../../../shared/model/annotation';
import type { Client } from '../ipc/client';
import type { VersionsAnswer } from '../../../shared/versions/versions-contract';
import { openWithVersions, type OpenedWithVersions } from '../versions/open-with-versions';
import { holdsOnOpen } from '../versions/review-holds';
import { useAddVersion } from '../versions/use-add-version';
import { useChangeLanguage } from '../versions/use-change-language';
import { VersionsBar } from '../versions/VersionsBar';
import { ClaimsDialogs } from '../claims/ClaimsDialogs';
import { ClaimsPanels } from '../claims/ClaimsPanels';
import { ReviewPanel } from '../review/ReviewPanel';
import { useReviewController } from '../review/use-review-controller';
import type { ReaderReview } from '../review/use-review-mode';
import { ArticleHeader } from './ArticleHeader';
import { EditorHost } from './EditorHost';
import { messageOf } from '../ui/message-of';
import { openReader, type OpenReader } from './open-reader';
import { ReaderAnnouncer } from './ReaderAnnouncer';
import { ReaderToolbar } from './ReaderToolbar';
import { Sidebar } from './Sidebar';
import { holdCloseWithRefusedChanges } from '../annotations/hold-close-with-refused';
import { detectHost } from '../commands/host-info';
import { FindBar } from '../search/FindBar';

interface ReaderProps {
  client: Client;
  documentId: string;
  /** `performance.now()` when the analyst asked to open it, for the open timing. */
  openedAt: number;
  /** Who new annotations belong to; null until the settings have loaded. */
  creator: Creator | null;
  sidebarOpen: boolean;
  /** Review mode: colleagues' layers, decisions and agreement in place of the annotations sidebar. */
  review: ReaderReview;
  onToggleSidebar: () => void;
  /** Hears the open article's session and controllers once made, and null once closed. */
  onReader: (reader: OpenReader | null) => void;
  /** Hears how many versions the open article has, for the Compare Versions command. */
  onVersionCount: (count: number) => void;
  onBack: () => void;
  onHelp: () => void;
  onError: (message: string) => void;
}

/** What the Chromium window says when it stays open rather than lose changes the store refused. */
export const CLOSE_HELD_NOTICE =
  'Factmark stays open: your last changes could not be saved (see "Not saved"). Free space and they are saved automatically; close the window again to quit without them.';

/** One open article: loads it, owns its session for as long as it is shown, and lays out the reader. */
export function ReaderView(props: ReaderProps) {
  const { client, documentId, creator, onReader, onVersionCount, onError } = props;
  const [opened, setOpened] = useState<OpenedDocument | null>(null);
  const [reader, setReader] = useState<OpenReader | null>(null);
  const session = reader?.session ?? null;
  const [failed, setFailed] = useState<string | null>(null);
  const [versions, setVersions] = useState<VersionsAnswer | null>(null);

  useEffect(() => {
    let cancelled = false;
    openWithVersions(client, documentId).then(
      (loaded) => !cancelled && (setVersions(loaded.versions), setOpened(loaded.opened)),
      (e: unknown) => !cancelled && setFailed(messageOf(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [client, documentId]);

  useEffect(() => {
    onVersionCount(versions?.versions.length ?? 0);
  }, [versions, onVersionCount]);

  useEffect(() => {
    if (!opened || !creator) return;
    const next = openReader(opened, creator, client, holdsOnOpen(versions, opened.annotations));
    setReader(next);
    onReader(next);
    return () => {
      onReader(null);
      void next.session.close();
    };
  }, [opened, versions, creator, client, onReader]);

  useEffect(() => {
    if (!session || detectHost() === 'electron') return;
    return holdCloseWithRefusedChanges(
      window,
      () => session.saves.hasRefusedChanges,
      () => session.notify(CLOSE_HELD_NOTICE),
    );
  }, [session]);

  useEffect(() => {
    if (!opened) return;
    document.title = `${opened.article.metadata.title || opened.article.source.fileName} — Factmark`;
    return () => {
      document.title = 'Factmark';
    };
  }, [opened]);

  const restore = useCallback(
    async (lines: number[]) => {
      if (!session) return;
      try {
        await session.flush();
        setOpened(await client['document:restoreLines']({ documentId, lines }));
      } catch (e) {
        onError(messageOf(e));
      }
    },
    [client, documentId, session, onError],
  );

  const reloaded = useCallback((loaded: OpenedWithVersions) => (setVersions(loaded.versions), setOpened(loaded.opened)), []);
  const versionAdd = useAddVersion(client, documentId, session, reloaded, onError);
  const languageChange = useChangeLanguage(client, documentId, session, reloaded, onError);
  const reviewController = useReviewController(session, client, props.review);

  if (failed) {
    return (
      <main className="reader reader-failed" data-testid="reader">
        <div className="empty-state" role="alert">
          <p>{failed}</p>
          <button type="button" className="button" onClick={props.onBack}>
            Back to the library
          </button>
        </div>
      </main>
    );
  }
  if (!reader || !session) {
    return (
      <main className="reader" data-testid="reader" aria-busy="true">
        <p className="hint loading">Opening…</p>
      </main>
    );
  }
  return (
    <main className="reader" data-testid="reader" data-document-id={documentId}>
      <ReaderToolbar
        session={session}
        sidebarOpen={props.sidebarOpen}
        onBack={props.onBack}
        onHelp={props.onHelp}
        onToggleSidebar={props.onToggleSidebar}
        reviewOn={props.review.on}
        onToggleReview={props.review.toggle}
      />
      <ReaderAnnouncer session={session} />
      <div className="reader-body">
        <div className="reader-scroll" data-scroll-container>
          <FindBar session={session} />
          <div className="reader-column">
            {versions && (
              <VersionsBar
                client={client}
                documentId={documentId}
                session={session}
                versions={versions}
                adding={versionAdd.adding}
                onImportVersion={(file) => void versionAdd.addVersion(file)}
                onCheckForChanges={versionAdd.checkForChanges}
              />
            )}
            <ArticleHeader
              article={session.article}
              onRestore={restore}
              changingLanguage={languageChange.changing}
              onChangeLanguage={(lang, name) => void languageChange.changeLanguage(lang, name)}
            />
            <EditorHost session={session} openedAt={props.openedAt} />
          </div>
        </div>
        {reviewController ? (
          <>
            {props.sidebarOpen && <ReviewPanel controller={reviewController} session={session} onImport={props.review.importColleague} />}
            {/* V and L act on the selected annotation in review mode too (issue 11's one target rule). */}
            <ClaimsDialogs controller={reader.claims} />
          </>
        ) : (
          <ClaimsPanels
            controller={reader.claims}
            suggestions={reader.suggestions}
            open={props.sidebarOpen}
            annotations={<Sidebar session={session} claims={reader.claims} />}
          />
        )}
      </div>
    </main>
  );
}
