import { useEffect, useRef, useSyncExternalStore } from 'react';
import { describeSourceWarning, linksTo, STATEMENT_TARGET_LENGTH } from '../../../shared/claims';
import {
  ATTRIBUTIONS,
  CLAIM_STATUSES,
  CLAIMANT_KINDS,
  VERDICT_GROUPS,
  type ClaimRecord,
  type Verdict,
} from '../../../shared/model/claim-record';
import { findScale } from '../../../shared/verdict/verdict-group';
import { HistoryButton } from '../history/HistoryButton';
import type { ClaimsController } from './claims-controller';
import { ATTRIBUTION_LABELS, KIND_LABELS, STATUS_LABELS, GROUP_LABELS, STANCE_LABELS } from '../labels/claim-labels';
import { Modal } from '../ui/Modal';
import { omitField } from './omit-field';
import { SourcesEditor } from './SourcesEditor';
import { CopiedFrom } from '../similar/CopiedFrom';
import { SimilarClaims } from '../similar/SimilarClaims';
import { copyFromMatch } from '../similar/copy-from-match';
import { similarFor } from '../similar/similar-for';
import { useLinkKeyInDialog } from '../similar/use-link-key-in-dialog';

/**
 * The claim record of one claim annotation: statement, claimant (pre-filled from the sentence,
 * editable), attribution, status, and a verdict on the workspace's scale with its justification
 * and any sourcing warning. Every field saves as it changes (undoable, autosaved).
 */
export function ClaimEditor({ controller, id }: { controller: ClaimsController; id: string }) {
  const store = controller.session.annotations;
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  const ui = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const annotation = store.get(id);
  const view = controller.view();
  const row = view.row(id);
  const record = controller.recordOf(id);
  const close = () => controller.closeDialog();
  // The similar claims beside the record are this claim's while it is open, whatever the selection.
  const similar = similarFor(controller.session);
  useEffect(() => {
    similar?.pin(id);
    return () => similar?.pin(null);
  }, [similar, id]);
  useLinkKeyInDialog(similar);
  const statement = useRef<HTMLTextAreaElement>(null);
  const loaded = record !== undefined;
  // The dialog opens before the worker has read the sentence for its claimant, with no field to
  // start in, so focus lands on Close; once the fields come, the analyst starts typing in the
  // statement, unless they have already moved to a field of their own.
  useEffect(() => {
    const input = statement.current;
    if (!loaded || !input) return;
    const at = document.activeElement;
    const inField = at instanceof HTMLInputElement || at instanceof HTMLSelectElement || at instanceof HTMLTextAreaElement;
    if (!inField) input.focus();
  }, [loaded]);
  if (!annotation) return null;
  const number = view.numbers.get(id);
  const title = `Claim ${number ?? ''}`.trim();
  if (!record) {
    return (
      <Modal title={title} testId="claim-editor" onClose={close} wide className="claims-dialog">
        <p className="hint">Reading the sentence for its claimant…</p>
      </Modal>
    );
  }
  const set = (patch: Partial<ClaimRecord>, field: string) => controller.updateClaim(id, { ...record, ...patch }, field);
  const scale = findScale(ui.scales, record.verdict?.scale ?? ui.scaleId) ?? findScale(ui.scales, ui.scaleId);
  const setVerdict = (patch: Partial<Verdict> | null, field: string) => {
    if (patch === null) {
      return controller.updateClaim(id, omitField(record, 'verdict'), field);
    }
    const before: Verdict = record.verdict ?? { scale: ui.scaleId, label: '', justification: '', decided: new Date().toISOString() };
    // A rating the analyst chose is theirs: where a copied one came from no longer applies.
    const base = field === 'justification' ? before : omitField(before, 'copiedFrom');
    set({ verdict: { ...base, ...patch, decided: new Date().toISOString() } }, field);
  };
  const linked = linksTo(view.annotations, id);
  const copy =
    similar &&
    copyFromMatch(similar, {
      record: () => controller.recordOf(id),
      save: (next, field) => controller.updateClaim(id, next, field),
      notify: (message) => controller.session.notify(message),
      scales: ui.scales,
      scaleId: ui.scaleId,
    });

  return (
    <Modal
      title={title}
      testId="claim-editor"
      onClose={close}
      wide
      className={similar ? 'claims-dialog claims-dialog-memory' : 'claims-dialog'}
    >
      <blockquote className="claim-quote">{annotation.target.selector.quote.exact}</blockquote>
      {/* A draft is stored with its first edit (so opening and closing a record changes
          nothing); until then the analyst is told, and can keep it as it is. */}
      {annotation.body.claim === undefined && (
        <p className="claim-draft" data-testid="claim-draft">
          <span>Drafted from the sentence, not saved yet: it is saved once you change a field.</span>
          <button type="button" className="button" data-testid="claim-keep-draft" onClick={() => set({}, 'draft')}>
            Keep this draft
          </button>
        </p>
      )}
      <div className="claim-form">
        <label className="field field-wide">
          <span>
            Claim statement <small>(neutral words, about {STATEMENT_TARGET_LENGTH} characters)</small>
          </span>
          {/* A drafted statement is often a whole sentence: the box grows so all of it shows.
              It stays one paragraph: Enter adds no line, and pasted lines are joined. */}
          <textarea
            ref={statement}
            className="claim-statement"
            data-testid="claim-statement"
            rows={1}
            value={record.statement}
            maxLength={1000}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            onChange={(e) => set({ statement: e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') }, 'statement')}
          />
          <small className={record.statement.length > STATEMENT_TARGET_LENGTH ? 'field-count field-count-over' : 'field-count'}>
            {record.statement.length} characters
          </small>
        </label>
        <fieldset className="field-group">
          <legend>Claimant</legend>
          <label className="field">
            <span>Name</span>
            <input
              data-testid="claimant-name"
              value={record.claimant?.name ?? ''}
              onChange={(e) => {
                const name = e.target.value;
                if (name.trim() === '') {
                  return controller.updateClaim(id, omitField(record, 'claimant'), 'claimant-name');
                }
                set({ claimant: { kind: 'person', role: '', ...record.claimant, name } }, 'claimant-name');
              }}
            />
          </label>
          <label className="field">
            <span>Person or organisation</span>
            <select
              data-testid="claimant-kind"
              value={record.claimant?.kind ?? 'person'}
              disabled={!record.claimant}
              onChange={(e) =>
                record.claimant &&
                set({ claimant: { ...record.claimant, kind: e.target.value as (typeof CLAIMANT_KINDS)[number] } }, 'claimant-kind')
              }
            >
              {CLAIMANT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Role</span>
            <input
              data-testid="claimant-role"
              value={record.claimant?.role ?? ''}
              disabled={!record.claimant}
              onChange={(e) => record.claimant && set({ claimant: { ...record.claimant, role: e.target.value } }, 'claimant-role')}
            />
          </label>
          <label className="field">
            <span>Attribution</span>
            <select
              data-testid="claim-attribution"
              value={record.attribution ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                if (value === '') {
                  return controller.updateClaim(id, omitField(record, 'attribution'), 'attribution');
                }
                set({ attribution: value as (typeof ATTRIBUTIONS)[number] }, 'attribution');
              }}
            >
              <option value="">Not set</option>
              {ATTRIBUTIONS.map((a) => (
                <option key={a} value={a}>
                  {ATTRIBUTION_LABELS[a]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <label className="field">
          <span>Status</span>
          <select
            data-testid="claim-status"
            value={record.status}
            onChange={(e) => set({ status: e.target.value as ClaimRecord['status'] }, 'status')}
          >
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field-group">
          <legend>Verdict</legend>
          <label className="field">
            <span>Rating scale (the workspace’s)</span>
            <select data-testid="rating-scale" value={ui.scaleId} onChange={(e) => void controller.setScale(e.target.value)}>
              {ui.scales.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          {scale?.freeText ? (
            <>
              <label className="field">
                <span>Rating</span>
                <input
                  data-testid="verdict-label"
                  value={record.verdict?.label ?? ''}
                  onChange={(e) =>
                    e.target.value
                      ? setVerdict({ label: e.target.value, scale: scale.id }, 'verdict-label')
                      : setVerdict(null, 'verdict-label')
                  }
                />
              </label>
              <label className="field">
                <span>Counts as</span>
                <select
                  data-testid="verdict-group"
                  value={record.verdict?.group ?? ''}
                  disabled={!record.verdict}
                  onChange={(e) => setVerdict({ group: e.target.value as Verdict['group'] & string }, 'verdict-group')}
                >
                  <option value="">Choose…</option>
                  {VERDICT_GROUPS.map((g) => (
                    <option key={g} value={g}>
                      {GROUP_LABELS[g]}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : (
            <label className="field">
              <span>Rating</span>
              <select
                data-testid="verdict-label"
                value={record.verdict?.label ?? ''}
                onChange={(e) =>
                  e.target.value
                    ? setVerdict({ label: e.target.value, scale: scale?.id ?? ui.scaleId }, 'verdict-label')
                    : setVerdict(null, 'verdict-label')
                }
              >
                <option value="">No verdict yet</option>
                {record.verdict && !scale?.ratings.some((r) => r.label.toLowerCase() === record.verdict?.label.toLowerCase()) && (
                  <option value={record.verdict.label}>{record.verdict.label} (not on this scale)</option>
                )}
                {scale?.ratings.map((r) => (
                  <option key={r.label} value={r.label}>
                    {r.label} (counts as {GROUP_LABELS[r.group]})
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field field-wide">
            <span>Justification</span>
            <textarea
              data-testid="verdict-justification"
              rows={3}
              value={record.verdict?.justification ?? ''}
              disabled={!record.verdict}
              onChange={(e) => setVerdict({ justification: e.target.value }, 'justification')}
            />
          </label>
          {record.verdict?.copiedFrom && <CopiedFrom reference={record.verdict.copiedFrom} />}
          {row?.verdictProblem && (
            <p className="claim-warning" role="alert" data-testid="verdict-problem">
              ⚠ {row.verdictProblem}. It is kept as recorded; choose a rating on the workspace’s scale to replace it.
            </p>
          )}
          {row?.warnings.map((w) => (
            <p key={w.kind} className="claim-warning" data-testid="source-warning">
              ⚠ {describeSourceWarning(w)}
            </p>
          ))}
        </fieldset>
        <section className="field-wide">
          <h3 className="claim-subhead">Evidence and denials linked</h3>
          {linked.length === 0 ? (
            <p className="hint">None yet: select evidence or a denial in the text and press L.</p>
          ) : (
            <ul className="claim-links" data-testid="claim-links">
              {linked.map(({ annotation: a, stance }) => {
                return (
                  <li key={a.id} data-testid="claim-link" data-stance={stance}>
                    <span className={`stance stance-${stance}`}>{STANCE_LABELS[stance]}</span> {a.target.selector.quote.exact}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        {record.sources && record.sources.length > 0 && (
          <div className="field-wide" data-testid="claim-sources">
            <SourcesEditor sources={record.sources} onChange={(sources, field) => set({ sources }, `sources:${field}`)} />
          </div>
        )}
      </div>
      {similar && copy && (
        <aside className="claim-memory-aside">
          <SimilarClaims similar={similar} copy={copy} />
        </aside>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="claim-split" onClick={() => controller.splitClaim(id)}>
          Split into another claim
        </button>
        <HistoryButton documentId={annotation.documentId} annotationId={id} title={title} testId="claim-history" />
        <button
          type="button"
          className="button button-danger"
          data-testid="claim-remove"
          onClick={() => (controller.closeDialog(), controller.session.remove(id))}
        >
          Delete claim…
        </button>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-primary" data-testid="claim-done" onClick={close}>
          Done
        </button>
      </div>
    </Modal>
  );
}
