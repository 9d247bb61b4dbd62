import { useState } from 'react';
import { VERDICT_GROUPS, type VerdictGroup } from '../../../shared/model/claim-record';
import { GROUP_LABELS } from '../labels/claim-labels';
import { checkScaleDraft, type LabelDraft, type ScaleDraft } from './scale-draft';
import type { RatingScale } from '../../../shared/model/rating-scale';

/**
 * Edits one of the workspace's rating scales: its name, its labels in order (worst first), each
 * label's common group, and whether the labels are numbered. "Keep" checks the scale with the
 * store's own schema and lists what is wrong instead of keeping a scale that would not save.
 */
export function ScaleEditor(props: { draft: ScaleDraft; isNew: boolean; onKeep: (scale: RatingScale) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(props.draft);
  const [problems, setProblems] = useState<string[]>([]);
  const setLabels = (labels: LabelDraft[]) => setDraft({ ...draft, labels });
  const setLabel = (i: number, patch: Partial<LabelDraft>) => setLabels(draft.labels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const move = (i: number, by: -1 | 1) => {
    const labels = [...draft.labels];
    const [moved] = labels.splice(i, 1);
    if (moved) labels.splice(i + by, 0, moved);
    setLabels(labels);
  };
  const keep = () => {
    const check = checkScaleDraft(draft);
    if (check.ok) props.onKeep(check.scale);
    else setProblems(check.problems);
  };

  return (
    <fieldset className="scale-editor" data-testid="scale-editor">
      <legend>{props.isNew ? 'New rating scale' : `Edit “${props.draft.name}”`}</legend>
      <label className="field">
        Name
        <input
          data-testid="scale-name"
          value={draft.name}
          maxLength={200}
          autoFocus
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        />
      </label>
      <label className="settings-check">
        <input
          type="checkbox"
          data-testid="scale-numeric"
          checked={draft.numeric}
          onChange={(e) => setDraft({ ...draft, numeric: e.currentTarget.checked })}
        />
        Numbered: the labels are rated 1 to {Math.max(draft.labels.length, 1)}, so exports can give a score
      </label>
      <p className="hint">
        Labels from worst to best{draft.numeric ? ' (the first is 1)' : ''}. Each counts as true, mixed, false or unverifiable when scales
        are compared.
      </p>
      <ol className="scale-labels">
        {draft.labels.map((label, i) => (
          <li key={i} className="scale-label-row" data-testid="scale-label-row">
            <span className="scale-label-value" aria-hidden="true">
              {draft.numeric ? i + 1 : '·'}
            </span>
            <input
              aria-label={`Label ${i + 1}`}
              data-testid="scale-label"
              value={label.label}
              maxLength={200}
              onChange={(e) => setLabel(i, { label: e.currentTarget.value })}
            />
            <select
              aria-label={`Group of label ${i + 1}`}
              data-testid="scale-label-group"
              value={label.group}
              onChange={(e) => setLabel(i, { group: e.currentTarget.value as VerdictGroup })}
            >
              {VERDICT_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {GROUP_LABELS[g]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Move label ${i + 1} up`}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Move label ${i + 1} down`}
              disabled={i === draft.labels.length - 1}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Remove label ${i + 1}`}
              data-testid="scale-label-remove"
              onClick={() => setLabels(draft.labels.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        data-testid="scale-label-add"
        disabled={draft.labels.length >= 50}
        onClick={() => setLabels([...draft.labels, { label: '', group: 'true' }])}
      >
        Add label
      </button>
      {problems.length > 0 && (
        <ul className="form-error" role="alert" data-testid="scale-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="scale-cancel" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" data-testid="scale-keep" onClick={keep}>
          Keep scale
        </button>
      </div>
    </fieldset>
  );
}
