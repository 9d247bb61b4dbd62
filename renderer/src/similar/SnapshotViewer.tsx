import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/ipc/contract';
import { formatDayTime } from '../ui/format-time';
import { messageOf } from '../ui/message-of';
import { Modal } from '../ui/Modal';
import { bridgeClient } from './bridge-client';
import './similar.css';

type OpenedSnapshot = Output<'archive:openSnapshot'>;

/**
 * "Open snapshot": the snapshot's cleaned text as it was kept, to read only (plain text, nothing
 * taggable, nothing on the page run), headed by where it came from, when, and its SHA-256, so
 * the analyst can cite exactly what they saw.
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
    <Modal title={opened?.title || 'Snapshot'} testId="snapshot-viewer" onClose={onClose} wide>
      {error && (
        <p className="claim-warning" role="alert">
          {error}
        </p>
      )}
      {opened && (
        <>
          <dl className="snapshot-facts" data-testid="snapshot-facts">
            <dt>{opened.attached ? 'Saved copy of' : 'Address'}</dt>
            <dd>{opened.url}</dd>
            {!opened.attached && opened.finalUrl !== opened.url && (
              <>
                <dt>Fetched from</dt>
                <dd>{opened.finalUrl}</dd>
              </>
            )}
            <dt>{opened.attached ? 'Attached' : 'Archived'}</dt>
            <dd>{formatDayTime(opened.retrieved)}</dd>
            <dt>SHA-256</dt>
            <dd className="snapshot-sha">{opened.sha256}</dd>
          </dl>
          <div className="snapshot-text" data-testid="snapshot-text" tabIndex={0} aria-label="The snapshot's text, read-only">
            {opened.text.split(/\n{2,}/u).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="snapshot-viewer-close" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
