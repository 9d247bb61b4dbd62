import { useEffect, useRef } from 'react';
import type { TrackedImport } from '../import/use-tracked-import';

/**
 * The status line of an import in progress. Once the import has taken longer than half a second
 * it shows how far it has got (pages of a PDF, or a step) with a Cancel button, focused so
 * Enter or Space cancels; Escape cancels too.
 */
export function ImportStatus({ tracked, onCancel }: { tracked: TrackedImport; onCancel: () => void }) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  const { slow, progress } = tracked;
  useEffect(() => {
    if (!slow) return;
    cancelButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slow, onCancel]);

  const known = progress !== null && progress.total > 0;
  return (
    <div className={slow ? 'busy import-status import-status-slow' : 'busy import-status'} role="status" data-testid="busy">
      <span className="import-status-label">{tracked.label}</span>
      {slow && (
        <>
          <span className="import-status-stage" data-testid="import-stage">
            {progress?.stage ?? 'Starting…'}
          </span>
          <progress
            className="import-status-bar"
            data-testid="import-progress"
            aria-label="Import progress"
            {...(known ? { value: progress.done, max: progress.total } : {})}
          />
          <button ref={cancelButton} type="button" className="button button-small" data-testid="import-cancel" onClick={onCancel}>
            Cancel <kbd>Esc</kbd>
          </button>
        </>
      )}
    </div>
  );
}
