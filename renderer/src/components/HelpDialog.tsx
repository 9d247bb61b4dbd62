import { Modal } from './Modal';

const SHORTCUTS: readonly [string, string][] = [
  ['Click', 'Select the sentence under the pointer'],
  ['Drag', 'Select every sentence the drag touches'],
  ['Alt + drag', 'Select exactly the characters dragged over'],
  ['Shift + click', 'Extend the selection to that sentence'],
  ['J / ↓, K / ↑', 'Next / previous sentence'],
  ['Shift + J / K', 'Extend the selection by a sentence'],
  ['1 / 2 / 3', 'Toggle claim / denial / evidence on the selection'],
  ['Shift + 1 / 2 / 3', 'Change the selection’s tags to claim / denial / evidence'],
  ['Delete / Backspace', 'Remove the tags inside the selection'],
  ['N', 'Write a note on the active (or selected) annotation; Escape returns to the text'],
  ['V', 'Claim: edit its record (statement, claimant, status, verdict); evidence: its links and sources'],
  ['L', 'Link the selected evidence or denial to a claim (type to filter, ↑/↓, Enter)'],
  ['T', 'Show or hide the claims table'],
  ['S', 'Show or hide the suggestions'],
  ['A / X', 'Accept / dismiss the current suggestion'],
  ['Ctrl + Z', 'Undo (tags and notes)'],
  ['Ctrl + Shift + Z, Ctrl + Y', 'Redo'],
  ['Escape', 'Clear the selection'],
  ['Ctrl + C', 'Copy the selected text'],
  ['Ctrl + click a link', 'Open it in your browser'],
  ['Ctrl + O', 'Open a file (or drop one anywhere)'],
  ['Ctrl + Shift + V', 'Paste text as a new article'],
  ['Ctrl + ,', 'Settings: rating scales, organisation, your profile'],
  ['Alt + ←', 'Back to the library'],
  ['R', 'Review mode: colleagues’ layers, accept / reject / reply, agreement'],
  ['] / [', 'Next / previous disagreement (review mode)'],
  ['?', 'Show this help'],
];

/** The keyboard and mouse reference. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard and mouse" testId="help-dialog" onClose={onClose} wide>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
