import type { RemovalQuestion } from '../reader/linked-removal';
import type { ClaimsController } from './claims-controller';
import { Modal } from '../ui/Modal';

/**
 * Asks what happens to the evidence and denials linked to claims being removed, or retagged
 * (`question.retagAs`): a retagged claim stops being a claim just the same.
 */
export function RemoveClaimsDialog({ controller, question }: { controller: ClaimsController; question: RemovalQuestion }) {
  const { claims, linked, retagAs } = question;
  return (
    <Modal
      title={retagAs ? `Retag a linked claim as ${retagAs}?` : 'Remove a linked claim?'}
      testId="remove-claim-dialog"
      onClose={() => controller.closeDialog()}
      className="claims-dialog"
    >
      <p>
        {claims === 1 ? 'This claim has' : `These ${claims} claims have`} {linked} linked evidence or denial annotation
        {linked === 1 ? '' : 's'}. What should happen to
        {linked === 1 ? ' it' : ' them'}?
      </p>
      <div className="modal-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="remove-claim-unlink"
          data-autofocus
          onClick={() => controller.answerRemovalQuestion('unlink')}
        >
          Keep the evidence, unlink it
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="remove-claim-delete-linked"
          onClick={() => controller.answerRemovalQuestion('delete-linked')}
        >
          Delete the linked annotations too
        </button>
        <button type="button" className="button button-quiet" data-testid="remove-claim-cancel" onClick={() => controller.closeDialog()}>
          Cancel
        </button>
      </div>
      <p className="hint">Either way, Ctrl+Z brings everything back.</p>
    </Modal>
  );
}
