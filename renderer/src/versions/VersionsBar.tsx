import { useState } from 'react';
import type { VersionsAnswer } from '../../../shared/versions/versions-contract';
import { formatDayTime } from '../ui/format-time';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { DiffView } from './DiffView';
import { ReanchorReview } from './ReanchorReview';
import './versions.css';

interface VersionsBarProps {
  client: Client;
  documentId: string;
  session: ReaderSession;
  versions: VersionsAnswer;
  /** Set while a new version is being added (its label), else null. */
  adding: string | null;
  onImportVersion: (file: File) => void;
  /** "Check for Changes" (shown when the article has a web address): resolves with what it found, null after an error reported elsewhere. */
  onCheckForChanges?: () => Promise<string | null>;
}

/**
 * Above the article: which version this is, when and from which file it came, the commands to
 * import a newer version (File › Import New Version… clicks the same file input), to check the
 * article's web page for changes (File › Check for Changes), and to compare versions, and the
 * review of annotations the last version left unsettled.
 */
export function VersionsBar({ client, documentId, session, versions, adding, onImportVersion, onCheckForChanges }: VersionsBarProps) {
  const [comparing, setComparing] = useState(false);
  const [checked, setChecked] = useState<string | null>(null);
  const url = session.article.metadata.url ?? '';
  const list = versions.versions;
  const shown = list.at(-1)!;
  return (
    <div className="versions-bar-wrap">
      <div className="versions-bar" data-testid="versions-bar">
        <span data-testid="version-label">
          Version {shown.number} of {list.length}
        </span>
        <span className="hint">
          imported {formatDayTime(shown.importedAt)} from {shown.fileName}
        </span>
        <span className="toolbar-spacer" />
        {adding && (
          <span className="hint" role="status" data-testid="version-busy">
            {adding}
          </span>
        )}
        {checked && adding === null && (
          <span className="hint" role="status" data-testid="check-result">
            {checked}
          </span>
        )}
        {onCheckForChanges && /^https?:\/\//iu.test(url) && (
          <button
            type="button"
            className="button button-small"
            data-testid="check-for-changes"
            title={`Fetch ${url} again; a changed text becomes a new version`}
            disabled={adding !== null}
            onClick={() => {
              setChecked(null);
              void onCheckForChanges().then(setChecked);
            }}
          >
            Check for changes
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          data-testid="compare-versions"
          disabled={list.length < 2}
          onClick={() => setComparing(true)}
        >
          Compare versions
        </button>
        <label className="button button-small" title="Import a newer copy of this article (File › Import New Version…)">
          Import new version…
          <input
            type="file"
            hidden
            data-testid="version-file-input"
            accept=".txt,.text,.md,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf"
            disabled={adding !== null}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) onImportVersion(file);
            }}
          />
        </label>
      </div>
      <ReanchorReview session={session} review={versions.review} />
      {comparing && <DiffView client={client} documentId={documentId} versions={list} onClose={() => setComparing(false)} />}
    </div>
  );
}
