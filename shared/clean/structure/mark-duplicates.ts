import { normaliseForCompare } from '../line-text';
import { STRUCTURAL } from '../rules/structural-reasons';
import { groupParagraphs } from './group-paragraphs';
import { dropLine, isBody, type Page } from './line-class';

/**
 * Drops a body paragraph as 'duplicate' when a later paragraph has the same text once whitespace
 * is collapsed and typographic quotes are folded (a standfirst or pull quote repeated in the body).
 * The later copy is kept because it sits in its place in the story. Near-duplicates are kept.
 */
export function markDuplicates(page: Page, wrapWidth: number | undefined): void {
  const groups = groupParagraphs(page.texts, (i) => isBody(page, i), wrapWidth);
  const keys = groups.map(([first, last]) => normaliseForCompare(page.texts.slice(first, last + 1).join(' ')));
  const lastIndex = new Map<string, number>();
  keys.forEach((key, g) => lastIndex.set(key, g));
  groups.forEach(([first, last], g) => {
    if (lastIndex.get(keys[g]!) === g) return;
    for (let i = first; i <= last; i += 1) dropLine(page, i, STRUCTURAL.duplicate);
  });
}
