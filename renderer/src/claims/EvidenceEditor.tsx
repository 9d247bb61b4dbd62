import { useSyncExternalStore } from 'react';
import { describeLinkProblem } from '../../../shared/claims';
import { HistoryButton } from '../history/HistoryButton';
import { describeHistorySubject } from '../history/history-subject';
import { tagLabel } from '../labels/tag-labels';
import type { ClaimsController } from './claims-controller';
import { STANCE_LABELS } from '../labels/claim-labels';
import { Modal } from '../ui/Modal';
import { SourcesEditor } from './SourcesEditor';

/** An evidence or denial annotation's links to claims (stance, unlink) and, for evidence, its sources. */
export function EvidenceEditor({ controller, id }: { controller: ClaimsController; id: string }) {
  const store = controller.session.annotations;
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  const annotation = store.get(id);
  if (!annotation) return null;
  const view = controller.view();
  const links = annotation.body.links ?? [];
  const problems = view.problemsOf(id);
  const label = tagLabel(annotation.body.tag);

  return (
    <Modal title={label} testId="evidence-editor" onClose={() => controller.closeDialog()} wide className="claims-dialog">
      <blockquote className="claim-quote">{annotation.target.selector.quote.exact}</blockquote>
      <section>
        <h3 className="claim-subhead">Bears on</h3>
        {links.length === 0 && <p className="hint">No claim yet.</p>}
        <ul className="claim-links">
          {links.map((link, index) => {
            const row = view.row(link.claim);
            const problem = problems.find((p) => p.index === index);
            return (
              <li key={`${link.claim}-${index}`} data-testid="evidence-link" data-stance={link.stance}>
                {annotation.body.tag === 'evidence' ? (
                  <select
                    aria-label="Stance"
                    data-testid="evidence-link-stance"
                    value={link.stance}
                    onChange={(e) => controller.link(id, link.claim, e.target.value as typeof link.stance)}
                  >
                    {(['supports', 'refutes', 'context'] as const).map((s) => (
                      <option key={s} value={s}>
                        {STANCE_LABELS[s]}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="stance stance-refutes">{STANCE_LABELS.refutes}</span>
                )}{' '}
                {row ? (
                  <>
                    <strong>C{view.numbers.get(link.claim)}</strong> {row.statement || row.quote}
                  </>
                ) : (
                  <em>a claim that is not in this article</em>
                )}
                {problem && <span className="claim-warning"> ⚠ {describeLinkProblem(problem)}</span>}
                <button
                  type="button"
                  className="button button-quiet"
                  data-testid="evidence-unlink"
                  onClick={() => controller.unlink(id, link.claim)}
                >
                  Unlink
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" className="button" data-testid="evidence-add-link" onClick={() => controller.openLinkPicker(id)}>
          Link to a claim… <kbd>L</kbd>
        </button>
      </section>
      {annotation.body.tag === 'evidence' && (
        <SourcesEditor
          sources={annotation.body.sources ?? []}
          onChange={(sources, field) => controller.session.updateBody(id, { sources }, field)}
        />
      )}
      <div className="modal-actions">
        <HistoryButton
          documentId={annotation.documentId}
          annotationId={id}
          title={describeHistorySubject(label, annotation.target.selector.quote.exact)}
          testId="evidence-history"
        />
        <span className="toolbar-spacer" />
        <button type="button" className="button button-primary" data-testid="evidence-done" onClick={() => controller.closeDialog()}>
          Done
        </button>
      </div>
    </Modal>
  );
}
