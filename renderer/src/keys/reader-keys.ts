/** One line of the help's reader section: the keys or gesture, and what they do. */
export type ReaderKeyHelp = { keys: string; does: string };

/**
 * The reader's own keys and gestures, which act on the selection and the cursor and sit in no
 * menu (key-commands.ts maps them). Menu commands and their keys come from the registry instead.
 */
export const READER_KEYS: readonly ReaderKeyHelp[] = [
  { keys: 'Click', does: 'Select the sentence under the pointer' },
  { keys: 'Drag', does: 'Select every sentence the drag touches' },
  { keys: 'Alt + drag', does: 'Select exactly the characters dragged over' },
  { keys: 'Shift + click', does: 'Extend the selection to that sentence' },
  { keys: 'J / ↓, K / ↑', does: 'Next / previous sentence' },
  { keys: 'Shift + J / K', does: 'Extend the selection by a sentence' },
  { keys: '1 / 2 / 3', does: 'Toggle claim / denial / evidence on the selection' },
  { keys: 'Shift + 1 / 2 / 3', does: 'Change the selection’s tags to claim / denial / evidence' },
  { keys: 'Delete / Backspace', does: 'Remove the tags inside the selection' },
  { keys: 'N', does: 'Write a note on the active (or selected) annotation; Escape returns to the text' },
  { keys: 'V', does: 'Claim: edit its record (statement, claimant, status, verdict); evidence: its links and sources' },
  { keys: 'L', does: 'Link the selected evidence or denial to a claim (type to filter, ↑/↓, Enter)' },
  { keys: 'A / X', does: 'Accept / dismiss the current suggestion' },
  { keys: 'Escape', does: 'Clear the selection' },
  { keys: 'Ctrl + click a link', does: 'Open it in your browser' },
];
