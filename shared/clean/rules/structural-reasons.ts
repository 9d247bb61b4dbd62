import type { DropReason } from './line-rule';

/** Drops decided by a line's place in the article rather than by its text alone. */
export const STRUCTURAL: Readonly<
  Record<
    'metadata' | 'beforeTitle' | 'masthead' | 'duplicateTitle' | 'duplicate' | 'afterArticleEnd' | 'sectionList' | 'trailingList',
    DropReason
  >
> = {
  metadata: { rule: 'metadata', reason: 'Byline or date line, moved into the article metadata' },
  beforeTitle: { rule: 'before-title', reason: 'Short line above the headline (section kicker or menu)' },
  masthead: { rule: 'masthead', reason: 'Site name above the headline, moved into the article metadata' },
  duplicateTitle: { rule: 'duplicate-title', reason: 'Repeats the headline' },
  duplicate: { rule: 'duplicate', reason: 'Same text as a later paragraph (a repeated summary or quote)' },
  afterArticleEnd: { rule: 'after-article-end', reason: 'Short line after the end of the article' },
  sectionList: { rule: 'section-list', reason: 'Item of a related or most-read list inside the page' },
  trailingList: { rule: 'trailing-list', reason: 'Stack of short lines after the last paragraph (topic or link list)' },
};
