import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Block } from '../../../shared/model/article';
import { buildDoc } from './build-doc';
import { invisibleControlsPlugin } from './invisible-controls-plugin';
import { readOnlyPlugin } from './read-only-plugin';

/** A read-only reader view that was mounted; `destroy` removes it from the page. */
export interface ReadOnlyView {
  destroy(): void;
}

/**
 * Shows `blocks` in `mount` with the reader's schema and styles (title, headings, paragraphs,
 * quotes, list items, safe links), for reading only: not editable, every document change refused,
 * and no highlight, selection or key plugin, so the reader's tagging keys have nothing to act on.
 * Hidden controls show as marks, as in the reader. `label` names the view for screen readers;
 * `lang` (BCP 47) picks the script's font as the reader does.
 */
export function mountReadOnlyView(
  mount: HTMLElement,
  blocks: readonly Block[],
  { label, testId, lang }: { label: string; testId: string; lang?: string },
): ReadOnlyView {
  const state = EditorState.create({ doc: buildDoc(blocks), plugins: [readOnlyPlugin(), invisibleControlsPlugin()] });
  const view = new EditorView(mount, {
    state,
    editable: () => false,
    attributes: {
      class: 'reader-article read-only-article',
      tabindex: '0',
      role: 'document',
      'aria-label': label,
      'data-testid': testId,
      ...(lang ? { lang } : {}),
    },
  });
  return { destroy: () => view.destroy() };
}
