import type { Settings } from '../../../shared/model/settings';
import { ANALYST_PALETTE, initialsOf, paletteColourOf } from '../../../shared/review/analyst-appearance';

/** The analyst's profile as typed; blank initials and colour mean "worked out from the name". */
export interface ProfileDraft {
  name: string;
  initials: string;
  colour: string;
}

/**
 * The profile to send to `profile:update`, or null when nothing changed from `saved` (so a
 * Save that only touched the workspace does not confirm a profile the analyst never looked at).
 * Main checks it; a blank name reaches main and is refused with its message.
 */
export function profileOf(draft: ProfileDraft, saved: Settings): { name: string; initials: string; colour: string } | null {
  const name = draft.name.trim();
  const initials = draft.initials.trim() || initialsOf({ id: saved.analyst.id, name });
  const colour = draft.colour || saved.profile?.colour || paletteColourOf(saved.analyst.id);
  const unchanged =
    name === saved.analyst.name &&
    initials === (saved.profile?.initials ?? initialsOf(saved.analyst)) &&
    colour === (saved.profile?.colour ?? paletteColourOf(saved.analyst.id));
  return unchanged ? null : { name, initials, colour };
}

/** Name, initials and colour colleagues see on this analyst's layer; kept on this machine. */
export function ProfileFields(props: { value: ProfileDraft; analystId: string; onChange: (value: ProfileDraft) => void }) {
  const set = (patch: Partial<ProfileDraft>) => props.onChange({ ...props.value, ...patch });
  const shownInitials =
    props.value.initials || (props.value.name.trim() ? initialsOf({ id: props.analystId, name: props.value.name }) : '?');
  const colour = props.value.colour || paletteColourOf(props.analystId);
  return (
    <fieldset>
      <legend>You (kept on this computer)</legend>
      <label className="field">
        Your name
        <input
          data-testid="settings-profile-name"
          value={props.value.name}
          maxLength={200}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      <label className="field">
        Initials
        <input
          data-testid="settings-profile-initials"
          value={props.value.initials}
          placeholder={shownInitials}
          maxLength={4}
          onChange={(e) => set({ initials: e.currentTarget.value.toUpperCase() })}
        />
      </label>
      <div className="profile-colours" role="radiogroup" aria-label="Colour">
        {ANALYST_PALETTE.map((option) => (
          <label key={option} className="profile-colour" title={option}>
            <input
              type="radio"
              name="settings-colour"
              value={option}
              checked={colour === option}
              onChange={() => set({ colour: option })}
              data-testid="settings-profile-colour"
            />
            <span className="profile-swatch" style={{ background: option }} aria-hidden="true">
              {shownInitials}
            </span>
            <span className="visually-hidden">{option}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
