import { useState } from 'react';
import { bridgeHistoryReader, type HistoryReader } from './history-reader';
import { HistoryPanel } from './HistoryPanel';

/**
 * A History button and the panel it opens: who tagged the annotation, retagged it, changed its
 * note, links, statement, status or verdict, and when. `title` names the annotation in the
 * panel's heading ("History of Claim 3"); `testId` and `className` fit the button to where it
 * sits (a claim record, an evidence record, a sidebar card). The button never takes focus on
 * its own, so drawing cards leaves the caret in the text. `read` defaults to this window's
 * bridge; without one (outside the app) the button is not shown.
 */
export function HistoryButton(props: {
  documentId: string;
  annotationId: string;
  title: string;
  testId: string;
  className?: string;
  read?: HistoryReader;
}) {
  const [open, setOpen] = useState(false);
  const read = props.read ?? bridgeHistoryReader();
  if (!read) return null;
  return (
    <>
      <button
        type="button"
        className={props.className ?? 'button'}
        data-testid={props.testId}
        aria-haspopup="dialog"
        title={`History of ${props.title}: who changed what, and when`}
        onClick={() => setOpen(true)}
      >
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
