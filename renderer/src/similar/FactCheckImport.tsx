import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/ipc/contract';
import { readFileForImport } from '../import/read-file';
import type { Client } from '../ipc/client';
import { messageOf } from '../ui/message-of';
import { Modal } from '../ui/Modal';
import { useFilePick } from '../ui/use-file-pick';
import { onSimilarRequest } from './similar-requests';
import './similar.css';

type ImportAnswer = Output<'factchecks:import'>;
type Shown = { fileName: string; answer: ImportAnswer } | { fileName: string; error: string } | { fileName: string; busy: true };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * File › Import Fact-Checks…: the host's file chooser for a ClaimReview file (JSON-LD, a saved
 * page, a Fact Check Tools response), then a dialog saying how many fact-checks were imported
 * and updated and listing every item skipped or flagged with its reason, so nothing is dropped
 * unseen. Works from the library and the reader alike.
 */
export function FactCheckImport({ client }: { client: Client }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const importFile = async (file: File) => {
    setShown({ fileName: file.name, busy: true });
    try {
      const answer = await client['factchecks:import'](await readFileForImport(file));
      setShown({ fileName: file.name, answer });
    } catch (e) {
      setShown({ fileName: file.name, error: messageOf(e) });
    }
  };
  const { open, input } = useFilePick((file) => void importFile(file), {
    accept: '.json,.jsonld,.html,.htm,application/json,application/ld+json,text/html',
    testId: 'factcheck-file-input',
  });
  useEffect(() => onSimilarRequest('import-fact-checks', open), [open]);

  return (
    <>
      {input}
      {shown && (
        <Modal title="Import fact-checks" testId="factcheck-import" onClose={() => setShown(null)}>
          <p className="hint">{shown.fileName}</p>
          {'busy' in shown && (
            <p role="status" data-testid="factcheck-import-busy">
              Reading the fact-checks…
            </p>
          )}
          {'error' in shown && (
            <p className="claim-warning" role="alert" data-testid="factcheck-import-error">
              {shown.error}
            </p>
          )}
          {'answer' in shown && <ImportSummary answer={shown.answer} />}
          <div className="modal-actions">
            <button type="button" className="button" data-testid="factcheck-import-close" data-autofocus onClick={() => setShown(null)}>
              Close
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

function ImportSummary({ answer }: { answer: ImportAnswer }) {
  return (
    <>
      <p role="status" data-testid="factcheck-import-counts">
        Imported {plural(answer.imported, 'fact-check')}, updated {answer.updated}.
      </p>
      <ReasonList testId="factcheck-import-flagged" heading="Kept, but need a look" items={answer.flagged} />
      <ReasonList testId="factcheck-import-skipped" heading="Left out" items={answer.skipped} />
    </>
  );
}

function ReasonList({ testId, heading, items }: { testId: string; heading: string; items: ImportAnswer['skipped'] }) {
  if (items.length === 0) return null;
  return (
    <section data-testid={testId}>
      <h3 className="similar-subhead">
        {heading} ({items.length})
      </h3>
      <ul className="factcheck-import-reasons">
        {items.map((item, i) => (
          <li key={i} data-testid="factcheck-import-item">
            <strong>{item.where}</strong>: {item.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
