import type { Tag } from '../../../shared/model/annotation';
import { TAG_LETTERS } from '../labels/tag-labels';

// One finished badge per tag to clone: an article can open with thousands of badges, and cloning
// takes about half the time of building each one with six attribute calls.
const templates = new Map<Tag, HTMLElement>();

function buildTemplate(tag: Tag): HTMLElement {
  const badge = document.createElement('span');
  badge.className = `hl-badge hl-badge-${tag}`;
  badge.textContent = TAG_LETTERS[tag];
  badge.setAttribute('data-testid', 'highlight-badge');
  badge.setAttribute('data-tag', tag);
  badge.setAttribute('aria-label', tag);
  badge.setAttribute('role', 'img');
  return badge;
}

/**
 * The small lettered marker that opens a highlight. Built with DOM calls (never innerHTML) and
 * hidden from selection; screen readers hear the tag name instead of the letter.
 */
export function createBadge(tag: Tag, id: string): HTMLElement {
  let template = templates.get(tag);
  if (!template) templates.set(tag, (template = buildTemplate(tag)));
  const badge = template.cloneNode(true) as HTMLElement;
  badge.setAttribute('data-annotation-id', id);
  return badge;
}
