import type { Tag } from '../../../shared/model/annotation';
import { TAG_LETTERS } from '../reader/tag-labels';

/**
 * The small lettered marker that opens a highlight. Built with DOM calls (never innerHTML) and
 * hidden from selection; screen readers hear the tag name instead of the letter.
 */
export function createBadge(tag: Tag, id: string): HTMLElement {
  const badge = document.createElement('span');
  badge.className = `hl-badge hl-badge-${tag}`;
  badge.textContent = TAG_LETTERS[tag];
  badge.setAttribute('data-testid', 'highlight-badge');
  badge.setAttribute('data-tag', tag);
  badge.setAttribute('data-annotation-id', id);
  badge.setAttribute('aria-label', tag);
  badge.setAttribute('role', 'img');
  return badge;
}
