import { Plugin } from 'prosemirror-state';

/**
 * Refuses every transaction that would change the document, whatever sent it (paste, drop, a
 * stray command): the article's text is the source that annotations anchor to, so it never
 * changes while a view shows it.
 */
export function readOnlyPlugin(): Plugin {
  return new Plugin({ filterTransaction: (tr) => !tr.docChanged });
}
