import { useState, type FormEvent } from 'react';
import { ANALYST_PALETTE, initialsOf } from '../../../shared/review/analyst-appearance';
import type { Settings } from '../../../shared/model/settings';
import { Modal } from '../ui/Modal';

/**
 * First run (and later changes): the analyst's name, initials and colour, which colleagues see
 * on their layer. Kept on this machine, not in the shared casebook.
 */
export function ProfileDialog(props: {
  settings: Settings;
  onSave: (profile: { name: string; initials: string; colour: string }) => Promise<void>;
  onClose: () => void;
}) {
  const { analyst, profile } = props.settings;
  const [name, setName] = useState(profile?.confirmed ? analyst.name : '');
  const [initials, setInitials] = useState(profile?.initials ?? '');
  const [colour, setColour] = useState(profile?.colour ?? ANALYST_PALETTE[0]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const shownInitials = initials || (name.trim() ? initialsOf({ id: analyst.id, name }) : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await props.onSave({ name: name.trim(), initials: shownInitials, colour });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };

  return (
    <Modal title={profile?.confirmed ? 'Your profile' : 'Welcome to Factmark'} testId="profile-dialog" onClose={props.onClose}>
      <form className="profile-form" onSubmit={(e) => void submit(e)}>
        <p className="hint">Colleagues see your name, initials and colour on the annotations you make. They stay on this computer.</p>
        <label>
          Your name
          <input
            data-testid="profile-name"
            value={name}
            required
            maxLength={200}
            autoFocus
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label>
          Initials
          <input
            data-testid="profile-initials"
            value={initials}
            placeholder={shownInitials}
            maxLength={4}
            onChange={(e) => setInitials(e.currentTarget.value.toUpperCase())}
          />
        </label>
        <fieldset className="profile-colours">
          <legend>Colour</legend>
          {ANALYST_PALETTE.map((option) => (
            <label key={option} className="profile-colour" title={option}>
              <input
                type="radio"
                name="colour"
                value={option}
                checked={colour === option}
                onChange={() => setColour(option)}
                data-testid="profile-colour"
              />
              <span className="profile-swatch" style={{ background: option }} aria-hidden="true">
                {shownInitials || '?'}
              </span>
              <span className="visually-hidden">{option}</span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="button button-primary" data-testid="profile-save" disabled={saving || name.trim() === ''}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
