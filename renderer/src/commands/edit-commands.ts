import { isTextField, undoTargetOf } from '../keys/focus-kind';

/**
 * Undo or redo where the analyst is: the focused field's own text through the browser's editing
 * command (the same history its Ctrl+Z walks, on every platform), the annotation history from the
 * reader, the library or a note, and nothing from a dialog's button.
 */
export function undoWhereFocused(kind: 'undo' | 'redo', annotations: () => void): void {
  switch (undoTargetOf(document.activeElement)) {
    case 'field':
      document.execCommand(kind);
      return;
    case 'annotations':
      return annotations();
    case 'none':
      return;
  }
}

/**
 * Cut, copy or select all as the Edit menu's native roles would, on the focused field or the
 * page's selection. Copy from the reader goes through the app's copy listener, which puts the
 * selected sentences on the clipboard.
 */
export function runSelectionCommand(kind: 'cut' | 'copy' | 'select-all'): void {
  if (kind === 'select-all' && !isTextField(document.activeElement)) {
    // Outside a field the browser would select the whole window, menus included; the article is what the analyst means.
    const article = document.querySelector('.reader-article');
    if (article) document.getSelection()?.selectAllChildren(article);
    return;
  }
  document.execCommand(kind === 'select-all' ? 'selectAll' : kind);
}

/**
 * Pastes the clipboard's text into the focused field. Pages may not run the browser's own paste
 * command, so the text is read through the clipboard API and inserted as typing would (the
 * field's undo keeps it). Resolves false when there is no field or the clipboard may not be read.
 */
export async function pasteIntoFocusedField(): Promise<boolean> {
  const field = document.activeElement;
  if (!isTextField(field)) return false;
  let text: string;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    return false;
  }
  if (document.activeElement !== field) return false;
  return document.execCommand('insertText', false, text);
}
