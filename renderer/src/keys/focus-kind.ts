const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'email', 'tel', 'password', 'number']);

/** Whether the element is a field the analyst types into, which keeps its own undo history. */
export function isTextField(element: Element | null): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(element.getAttribute('type')?.toLowerCase() ?? '') && !element.readOnly;
  return element.isContentEditable;
}

/**
 * Where undo and redo act for the element that has focus: the field's own text (`field`), the
 * annotation history (`annotations`: the reader, the library, a note — notes are part of that
 * history), or nowhere (`none`: a dialog's control, which would otherwise undo a tag out of sight).
 */
export function undoTargetOf(element: Element | null): 'field' | 'annotations' | 'none' {
  if (isTextField(element)) return element.hasAttribute('data-note-field') ? 'annotations' : 'field';
  return element?.closest('dialog[open]') ? 'none' : 'annotations';
}
