import { findInvisibleControls, showInvisibleControls } from '../../../shared/text/invisible-controls';

/**
 * Beside an editable field (a note, a source URL), where bidirectional and zero-width controls
 * act unseen: says which the field's text holds (⟨RLO⟩), with the whole text spelled out with
 * those marks — in the line itself when `whole`, else on hover (a card has no room for it).
 * Nothing when the text has none. The field keeps the text as typed or imported.
 */
export function HiddenCharacters({ text, testId, whole = false }: { text: string; testId: string; whole?: boolean }) {
  const found = findInvisibleControls(text);
  if (found.length === 0) return null;
  const shown = showInvisibleControls(text);
  const names = [...new Set(found.map((control) => `⟨${control.name}⟩`))].join(' ');
  return (
    <span className={whole ? 'hidden-characters hidden-characters-whole' : 'hidden-characters'} data-testid={testId} title={shown}>
      {whole ? 'Hidden characters: ' : 'Hidden '}
      <span className="invisible-control-mark">{whole ? shown : names}</span>
    </span>
  );
}
