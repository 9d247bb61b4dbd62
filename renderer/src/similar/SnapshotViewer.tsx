import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../shared/ipc/contract';
import { mountReadOnlyView } from '../editor/read-only-view';
import { formatDayTime } from '../ui/format-time';
import { messageOf } from '../ui/message-of';
import { Modal } from '../ui/Modal';
import { bridgeClient } from './bridge-client';
import './similar.css';

type OpenedSnapshot = Output<'archive:openSnapshot'>;

/** "Snapshot of <url> — archived 7 Dec, 14:03, HTTP 200, sha256 0123abcd4567…": what the analyst cites. */
export function describeOpenedSnapshot(opened: OpenedSnapshot): string {
  const sha = `sha256 ${opened.sha256.slice(0, 12)}…`;
  if (opened.attached) return `Saved copy of ${opened.url} — attached ${formatDayTime(opened.retrieved)}, ${sha}`;
  return `Snapshot of ${opened.url} — archived ${formatDayTime(opened.retrieved)}, HTTP ${opened.status}, ${sha}`;
}

/** The snapshot's article in a read-only reader view, mounted while `blocks` are shown. */
function SnapshotArticle({ blocks }: { blocks: OpenedSnapshot['blocks'] }) {
  const mount = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!mount.current) return;
    const view = mountReadOnlyView(mount.current, blocks, { label: "The snapshot's article, read-only", testId: 'snapshot-article' });
    return () => view.destroy();
  }, [blocks]);
  return <div ref={mount} className="snapshot-reader-page" />;
}

/**
 * "Open snapshot": the snapshot's article as the import made it, in the reader's view and styles
 * but read-only (nothing editable, no tagging key acts on it: the dialog keeps every key press),
 * under a banner naming where it came from, when, its HTTP status and SHA-256, so the analyst
 * can cite exactly what they saw. Escape or Back returns to the article, focus where it was.
 */
export function SnapshotViewer({ record, onClose }: { record: string; onClose: () => void }) {
  const [opened, setOpened] = useState<OpenedSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const client = bridgeClient();
    if (!client) return;
    client['archive:openSnapshot']({ record }).then(setOpened, (e: unknown) => setError(messageOf(e)));
  }, [record]);
  return (
    <Modal title={opened?.title || 'Snapshot'} testId="snapshot-viewer" onClose={onClose} wide className="snapshot-reader">
      {error && (
        <p className="claim-warning" role="alert">
          {error}
        </p>
      )}
      {opened && (
        <>
          <p className="snapshot-banner" data-testid="snapshot-banner" role="note">
            {describeOpenedSnapshot(opened)}
          </p>
          <p className="snapshot-banner-detail">
            {!opened.attached && opened.finalUrl !== opened.url && <>Fetched from {opened.finalUrl} · </>}
            SHA-256{' '}
            <span className="snapshot-sha" data-testid="snapshot-sha">
              {opened.sha256}
            </span>
          </p>
          <SnapshotArticle blocks={opened.blocks} />
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="snapshot-viewer-back" data-autofocus onClick={onClose}>
          Back to the article
        </button>
      </div>
    </Modal>
  );
}
