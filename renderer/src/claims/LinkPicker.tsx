import { useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { allowedStances, pickableClaims } from '../../../shared/claims';
import type { Stance } from '../../../shared/model/claim-record';
import { tagLabel } from '../labels/tag-labels';
import type { ClaimsController } from './claims-controller';
import { STANCE_LABELS } from '../labels/claim-labels';
import { Modal } from '../ui/Modal';

/**
 * Links evidence or a denial to a claim from the keyboard: type to filter the short list
 * (nearest claims first), ↑/↓ to choose, 1/2/3 or the buttons for the stance (a denial only
 * refutes), Enter to link.
 */
export function LinkPicker({ controller, id }: { controller: ClaimsController; id: string }) {
  const store = controller.session.annotations;
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  const from = store.get(id);
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const stances = allowedStances(from?.body.tag ?? 'evidence');
  const [stance, setStance] = useState<Stance>(stances[0] ?? 'supports');
  if (!from) return null;
  const view = controller.view();
  const choices = pickableClaims(view.rows, query, from.target.selector.position.start);
  const chosen = choices[Math.min(at, choices.length - 1)];
  const linkTo = (claimId: string) => {
    controller.link(id, claimId, stance);
    controller.closeDialog();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setAt((i) => Math.max(0, Math.min(choices.length - 1, i + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      linkTo(chosen.id);
    } else if (event.altKey && /^[1-3]$/.test(event.key)) {
      const pick = stances[Number(event.key) - 1];
      if (pick) {
        event.preventDefault();
        setStance(pick);
      }
    }
  };

  return (
    <Modal
      title={`Link this ${tagLabel(from.body.tag).toLowerCase()} to a claim`}
      testId="link-picker"
      onClose={() => controller.closeDialog()}
      className="claims-dialog"
    >
      <blockquote className="claim-quote">{from.target.selector.quote.exact}</blockquote>
      <div className="stance-choice" role="radiogroup" aria-label="Stance">
        {stances.map((s, i) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={stance === s}
            className={`button stance-button stance-${s}`}
            data-testid={`stance-${s}`}
            onClick={() => setStance(s)}
          >
            {STANCE_LABELS[s]} <kbd>Alt+{i + 1}</kbd>
          </button>
        ))}
      </div>
      <input
        className="link-filter"
        data-testid="link-filter"
        data-autofocus
        placeholder="Filter claims by words…"
        aria-label="Filter claims"
        aria-controls="link-choices"
        value={query}
        onChange={(e) => (setQuery(e.target.value), setAt(0))}
        onKeyDown={onKey}
      />
      <ul className="link-choices" id="link-choices" role="listbox" aria-label="Claims">
        {choices.length === 0 && <li className="hint">No claim matches.</li>}
        {choices.map((row) => (
          <li
            key={row.id}
            role="option"
            aria-selected={row === chosen}
            className={row === chosen ? 'link-choice link-choice-current' : 'link-choice'}
            data-testid="link-choice"
            data-claim-id={row.id}
            onClick={() => linkTo(row.id)}
          >
            <strong>C{view.numbers.get(row.id)}</strong> {row.statement || row.quote}
            {row.claimant && <span className="hint"> — {row.claimant}</span>}
          </li>
        ))}
      </ul>
      <p className="hint">↑/↓ choose · Enter links · Escape cancels</p>
    </Modal>
  );
}
