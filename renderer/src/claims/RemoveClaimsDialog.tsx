import { linksTo } from '../../../shared/claims';
import type { ClaimsController } from './claims-controller';
import { Modal } from '../ui/Modal';
import type { Tag } from '../../../shared/model/annotation';

/**
 * Asks what happens to the evidence and denials linked to claims being removed, or retagged
 * (`retagAs`): a retagged claim stops being a claim just the same.
 */
export function RemoveClaimsDialog({
  controller,
  ids,
  retagAs,
}: {
  controller: ClaimsController;
  ids: readonly string[];
  retagAs?: Tag | undefined;
}) {
  const annotations = controller.session.store.getSnapshot().annotations;
  const linked = new Set(ids.flatMap((id) => linksTo(annotations, id).map((l) => l.annotation.id)));
  const claims = ids.filter((id) => controller.session.store.get(id)?.body.tag === 'claim').length;
  return (
    <Modal
      title={retagAs ? `Retag a linked claim as ${retagAs}?` : 'Remove a linked claim?'}
      testId="remove-claim-dialog"
      onClose={() => controller.closeDialog()}
      className="claims-dialog"
    >
      <p>
        {claims === 1 ? 'This claim has' : `These ${claims} claims have`} {linked.size} linked evidence or denial annotation
        {linked.size === 1 ? '' : 's'}. What should happen to
        {linked.size === 1 ? ' it' : ' them'}?
      </p>
      <div className="modal-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="remove-claim-unlink"
          data-autofocus
          onClick={() => controller.removeClaims(ids, 'unlink')}
        >
          Keep the evidence, unlink it
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="remove-claim-delete-linked"
          onClick={() => controller.removeClaims(ids, 'delete-linked')}
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
