import { useState } from 'react';
import type { ScaleUsage } from '../../../shared/ipc/settings-contract';
import type { RatingScale } from '../../../shared/model/rating-scale';
import { draftOfScale, newScaleDraft } from './scale-draft';
import { ScaleEditor } from './ScaleEditor';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The workspace's own rating scales: listed with their labels, edited one at a time, added and
 * deleted. Deleting a scale verdicts use first says how many, and only goes ahead when the
 * analyst confirms (`onDelete` then gets `inUse: true`).
 */
export function WorkspaceScales(props: {
  scales: readonly RatingScale[];
  usage: readonly ScaleUsage[];
  onChange: (scales: RatingScale[]) => void;
  onDelete: (scale: RatingScale, inUse: boolean) => void;
  onEditing: (editing: boolean) => void;
}) {
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const edit = (next: { index: number | null } | null) => {
    setEditing(next);
    props.onEditing(next !== null);
  };
  const usageOf = (id: string) => props.usage.find((u) => u.scale === id);

  if (editing) {
    const scale = editing.index === null ? undefined : props.scales[editing.index];
    return (
      <ScaleEditor
        draft={scale ? draftOfScale(scale) : newScaleDraft(props.scales)}
        isNew={!scale}
        onCancel={() => edit(null)}
        onKeep={(kept) => {
          props.onChange(editing.index === null ? [...props.scales, kept] : props.scales.map((s, i) => (i === editing.index ? kept : s)));
          edit(null);
        }}
      />
    );
  }

  return (
    <div className="workspace-scales">
      {props.scales.length === 0 && <p className="hint">This workspace has no scales of its own yet.</p>}
      <ul className="workspace-scale-list">
        {props.scales.map((scale, i) => {
          const used = usageOf(scale.id);
          return (
            <li key={scale.id} className="workspace-scale" data-testid="settings-scale" data-scale-id={scale.id}>
              <div className="workspace-scale-head">
                <strong>{scale.name}</strong>
                <span className="hint">{used ? `used by ${plural(used.verdicts, 'verdict')}` : 'not used yet'}</span>
                <button type="button" className="button" data-testid="settings-scale-edit" onClick={() => edit({ index: i })}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="settings-scale-delete"
                  onClick={() => (used ? setConfirming(scale.id) : props.onDelete(scale, false))}
                >
                  Delete
                </button>
              </div>
              <p className="workspace-scale-labels">
                {scale.ratings.map((r) => (r.value === undefined ? r.label : `${r.value} ${r.label}`)).join(' · ')}
              </p>
              {confirming === scale.id && used && (
                <div className="settings-confirm" role="alert" data-testid="scale-delete-confirm">
                  <p>
                    “{scale.name}” is used by {plural(used.verdicts, 'verdict')} on {plural(used.articles, 'article')}. They keep their
                    labels, but will be flagged as rated on a scale this workspace lacks. Delete it anyway?
                  </p>
                  <button type="button" className="button" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                  <button
                    type="button"
                    className="button button-danger"
                    data-testid="scale-delete-confirmed"
                    onClick={() => (setConfirming(null), props.onDelete(scale, true))}
                  >
                    Delete “{scale.name}”
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button"
        data-testid="settings-scale-new"
        disabled={props.scales.length >= 50}
        onClick={() => edit({ index: null })}
      >
        New scale…
      </button>
    </div>
  );
}
