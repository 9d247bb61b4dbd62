import type { ClaimStatus } from '../../../shared/model/claim-record';
import { describeHistoryChange } from '../../../shared/sync/describe-history-change';
import type { TrackedField } from '../../../shared/sync/layer-changes';
import { STATUS_LABELS } from '../labels/claim-labels';
import { Modal } from '../ui/Modal';
import { formatDayTime } from '../ui/format-time';
import type { HistoryReader } from './history-reader';
import { useHistory } from './use-history';
import './history.css';

/** A status id as its label ("needs-review" → "Needs review"); other values as recorded. */
function valueWords(field: TrackedField, raw: string): string {
  return field === 'status' ? (STATUS_LABELS[raw as ClaimStatus] ?? raw) : raw;
}

/**
 * The History of one annotation in a dialog over its record: who changed what, and when,
 * oldest first, drawn from the casebook's git history — each verdict change marked. A casebook
 * that is not synced has no history to tell, and says so. The list takes focus, so the
 * keyboard reaches it at once; Escape goes back to the record.
 */
export function HistoryPanel(props: { read: HistoryReader; documentId: string; annotationId: string; title: string; onClose: () => void }) {
  const load = useHistory(props.read, props.documentId, props.annotationId);
  return (
    <Modal title={props.title} testId="history-panel" onClose={props.onClose}>
      <div className="history-body" tabIndex={0} data-autofocus data-testid="history-body" aria-live="polite">
        {load.state === 'reading' && <p className="hint">Reading the history…</p>}
        {load.state === 'failed' && (
          <p className="form-error" role="alert" data-testid="history-error">
            {load.message}
          </p>
        )}
        {load.state === 'read' && !load.answer.synced && (
          <p className="hint" data-testid="history-not-synced">
            No history: this casebook is not synced. Connect it to a git remote in Settings › Team to keep who changed what.
          </p>
        )}
        {load.state === 'read' && load.answer.synced && load.answer.changes.length === 0 && (
          <p className="hint" data-testid="history-empty">
            No changes recorded yet: the next sync records them.
          </p>
        )}
        {load.state === 'read' && load.answer.changes.length > 0 && (
          <ol className="history-list" data-testid="history-list">
            {load.answer.changes.map((change, i) => (
              <li key={i} className={`history-change history-${change.field}`} data-testid="history-change" data-field={change.field}>
                <time dateTime={change.at}>{formatDayTime(change.at)}</time>{' '}
                <strong>{load.answer.analysts[change.analyst] ?? change.analyst}</strong> {describeHistoryChange(change, valueWords)}
              </li>
            ))}
          </ol>
        )}
      </div>
    </Modal>
  );
}
