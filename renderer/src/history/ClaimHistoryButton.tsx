import { useMemo, useState } from 'react';
import { bridgeHistoryReader, type HistoryReader } from './history-reader';
import { HistoryPanel } from './HistoryPanel';

/**
 * The claim record's History button and the panel it opens: who changed the claim's statement,
 * status or verdict, and when. `read` defaults to this window's bridge; without one (outside
 * the app) the button is not shown.
 */
export function ClaimHistoryButton(props: { documentId: string; annotationId: string; title: string; read?: HistoryReader }) {
  const [open, setOpen] = useState(false);
  const read = useMemo(() => props.read ?? bridgeHistoryReader(), [props.read]);
  if (!read) return null;
  return (
    <>
      <button type="button" className="button" data-testid="claim-history" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        History
      </button>
      {open && (
        <HistoryPanel
          read={read}
          documentId={props.documentId}
          annotationId={props.annotationId}
          title={`History of ${props.title}`}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
