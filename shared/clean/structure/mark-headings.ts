import { isHeadingShaped } from '../line-text';
import { groupParagraphs } from './group-paragraphs';
import { isBody, type Page } from './line-class';

/**
 * Marks subheadings: a single body line shaped like a heading (a few words, no closing
 * punctuation) whose nearest kept neighbours above and below are both body paragraphs that are
 * not heading-shaped themselves. Dropped and blank lines between do not count as neighbours, so
 * an advertisement slot next to a subheading does not hide it.
 */
export function markHeadings(page: Page, wrapWidth: number | undefined): void {
  const groups = groupParagraphs(page.texts, (i) => isBody(page, i), wrapWidth);
  const isParagraph = groups.map(([first, last]) => first !== last || !isHeadingShaped(page.texts[first]!));
  // A body line above or below belongs to the neighbouring group, since groups follow line order.
  const headings = groups.filter(([line], g) => {
    if (isParagraph[g]) return false;
    const above = nearestKept(page, line, -1);
    const below = nearestKept(page, line, 1);
    return (
      above !== undefined &&
      below !== undefined &&
      isBody(page, above) &&
      isBody(page, below) &&
      isParagraph[g - 1] === true &&
      isParagraph[g + 1] === true
    );
  });
  for (const [first] of headings) page.classes[first] = { kind: 'heading' };
}

function nearestKept(page: Page, from: number, step: 1 | -1): number | undefined {
  for (let i = from + step; i >= 0 && i < page.classes.length; i += step) {
    const kind = page.classes[i]!.kind;
    if (kind !== 'blank' && kind !== 'dropped') return i;
  }
  return undefined;
}
