/**
 * What the renderer knows when it asks whether a command can run: a snapshot taken when a menu
 * or the palette opens, or when a key or the native menu asks for the command.
 */
export type CommandState = {
  /** An article is open in the reader. */
  articleOpen: boolean;
  /** The open article's annotation history has something to undo / redo. */
  canUndo: boolean;
  canRedo: boolean;
  /** Focus is in a text field that keeps its own undo (not a note: notes are annotation history). */
  editingText: boolean;
  /** Review mode is on for the open article. */
  reviewOn: boolean;
  /** How many versions the open article has (0 while none is open). */
  versionCount: number;
};

/** When a command is enabled, declared once per command in the registry. */
export type Condition =
  | 'always'
  | 'article-open'
  /** A field has focus (its own undo) or the annotation history has something to undo. */
  | 'undo-available'
  | 'redo-available'
  | 'review-on'
  /** An open article with at least two versions. */
  | 'versions-to-compare';

/** Evaluates a command's condition against the current state. */
export function isConditionMet(condition: Condition, state: CommandState): boolean {
  switch (condition) {
    case 'always':
      return true;
    case 'article-open':
      return state.articleOpen;
    case 'undo-available':
      return state.editingText || state.canUndo;
    case 'redo-available':
      return state.editingText || state.canRedo;
    case 'review-on':
      return state.articleOpen && state.reviewOn;
    case 'versions-to-compare':
      return state.articleOpen && state.versionCount >= 2;
  }
}
