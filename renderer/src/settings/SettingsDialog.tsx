import { useEffect, useState, type FormEvent } from 'react';
import type { ScaleUsage } from '../../../shared/ipc/settings-contract';
import type { Settings } from '../../../shared/model/settings';
import { DEFAULT_SCALE_ID, PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import type { RatingScale } from '../../../shared/model/rating-scale';
import { Modal } from '../ui/Modal';
import { messageOf } from '../ui/message-of';
import type { Client } from '../ipc/client';
import { OrganisationFields, organisationOf, type OrganisationDraft } from './OrganisationFields';
import { ProfileFields, profileOf, type ProfileDraft } from './ProfileFields';
import { WorkspaceScales } from './WorkspaceScales';
import { ReadingSettings } from './ReadingSettings';
import { TeamSettings } from '../sync/TeamSettings';
import { ClaimMemorySettings } from './ClaimMemorySettings';
import './settings.css';

interface Draft {
  ratingScale: string;
  scales: RatingScale[];
  organisation: OrganisationDraft;
  profile: ProfileDraft;
  /** A scale verdicts use was deleted with the analyst's consent. */
  removedInUse: boolean;
}

function draftOf(settings: Settings): Draft {
  return {
    ratingScale: settings.ratingScale ?? DEFAULT_SCALE_ID,
    scales: settings.customScales ?? [],
    organisation: {
      name: settings.organisation?.name ?? '',
      url: settings.organisation?.url ?? '',
      reportUrlPattern: settings.organisation?.reportUrlPattern ?? '',
    },
    profile: { name: settings.analyst.name, initials: settings.profile?.initials ?? '', colour: settings.profile?.colour ?? '' },
    removedInUse: false,
  };
}

/**
 * Edit › Settings… (Ctrl+,): the scale claims are rated on, the workspace's own scales, the
 * organisation ClaimReview exports name, and the analyst's profile. Nothing is saved until Save;
 * main checks the whole change and its message is shown here, with the draft kept, if it refuses.
 */
export function SettingsDialog(props: { client: Client; onSaved: (settings: Settings) => void; onClose: () => void }) {
  const { client } = props;
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [usage, setUsage] = useState<ScaleUsage[]>([]);
  const [editingScale, setEditingScale] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    client['settings:get']({}).then(
      (settings) => (setSaved(settings), setDraft(draftOf(settings))),
      (e: unknown) => setError(messageOf(e)),
    );
    client['settings:scaleUsage']({}).then(setUsage, (e: unknown) => setError(messageOf(e)));
  }, [client]);

  const change = (patch: Partial<Draft>) => setDraft((d) => d && { ...d, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !saved || editingScale) return;
    const organisation = organisationOf(draft.organisation);
    if (typeof organisation === 'string') return setError(organisation);
    setSaving(true);
    setError(null);
    try {
      let next = await client['settings:update']({
        ratingScale: draft.ratingScale,
        customScales: draft.scales,
        organisation,
        ...(draft.removedInUse && { removeScalesInUse: true }),
      });
      const profile = profileOf(draft.profile, saved);
      if (profile) next = await client['profile:update']({ profile });
      props.onSaved(next);
      props.onClose();
    } catch (e) {
      setError(messageOf(e));
      setSaving(false);
    }
  };

  const scales = [...PRESET_SCALES, ...(draft?.scales ?? [])];
  return (
    <Modal title="Settings" testId="settings-dialog" wide onClose={props.onClose}>
      {!draft ? (
        <p className="settings-loading">{error ?? 'Loading the settings…'}</p>
      ) : (
        <form className="settings-form" onSubmit={(e) => void submit(e)}>
          <fieldset>
            <legend>Rating scale</legend>
            <label className="field">
              Claims in this workspace are rated on
              <select
                data-testid="settings-rating-scale"
                value={draft.ratingScale}
                autoFocus
                onChange={(e) => change({ ratingScale: e.currentTarget.value })}
              >
                {scales.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <fieldset>
            <legend>This workspace’s own scales</legend>
            <WorkspaceScales
              scales={draft.scales}
              usage={usage}
              onEditing={setEditingScale}
              onChange={(next) => change({ scales: next })}
              onDelete={(scale, inUse) =>
                change({
                  scales: draft.scales.filter((s) => s.id !== scale.id),
                  ratingScale: draft.ratingScale === scale.id ? DEFAULT_SCALE_ID : draft.ratingScale,
                  removedInUse: draft.removedInUse || inUse,
                })
              }
            />
          </fieldset>
          <OrganisationFields value={draft.organisation} onChange={(organisation) => change({ organisation })} />
          <ProfileFields
            value={draft.profile}
            analystId={draft.profile.name ? (saved?.analyst.id ?? '') : ''}
            onChange={(profile) => change({ profile })}
          />
          <ReadingSettings client={client} />
          <TeamSettings client={client} />
          <ClaimMemorySettings client={client} />
          {error && (
            <p className="form-error" role="alert" data-testid="settings-error">
              {error}
            </p>
          )}
          <div className="modal-actions">
            {editingScale && <span className="hint">Keep or cancel the scale you are editing first.</span>}
            <button type="button" className="button" data-testid="settings-cancel" onClick={props.onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" data-testid="settings-save" disabled={saving || editingScale}>
              Save
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
