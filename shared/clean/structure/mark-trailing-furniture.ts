import { isProse } from '../line-text';
import { articleEnd } from '../rules/article-end';
import { titleCaseNavigation } from '../rules/navigation';
import { sectionLabel } from '../rules/section-label';
import { STRUCTURAL } from '../rules/structural-reasons';
import { dropLine, dropRuleAt, isBody, type Page } from './line-class';

/**
 * Finds where the article body ends and drops what follows it. The end is the first end marker
 * ("End of Article") or section label ("Tags", "Most read", "More from …") that has body prose
 * before it and less body prose after it than before. After the end, every body line that is not
 * prose is dropped: as 'navigation' when it is a run of Title Case words, else 'after-article-end'.
 * A section label inside the body instead drops the non-prose lines right below it (its list of
 * links) as 'section-list', up to the next prose line or kept block.
 */
export function markTrailingFurniture(page: Page): void {
  const prose = page.texts.map((text, i) => isBody(page, i) && isProse(text));
  const proseBefore: number[] = [];
  let count = 0;
  prose.forEach((isProseLine) => {
    proseBefore.push(count);
    if (isProseLine) count += 1;
  });
  const total = count;

  for (let i = 0; i < page.texts.length; i += 1) {
    const rule = dropRuleAt(page, i);
    if ((rule !== articleEnd.rule && rule !== sectionLabel.rule) || proseBefore[i]! === 0) continue;
    const proseAfter = total - proseBefore[i]!;
    if (rule === articleEnd.rule || proseAfter < proseBefore[i]!) {
      dropAfterEnd(page, i + 1, prose);
      return;
    }
    dropSectionList(page, i + 1, prose);
  }
}

function dropAfterEnd(page: Page, from: number, prose: readonly boolean[]): void {
  for (let i = from; i < page.texts.length; i += 1) {
    if (!isBody(page, i) || prose[i]) continue;
    dropLine(page, i, titleCaseNavigation.matches(page.texts[i]!) ? titleCaseNavigation : STRUCTURAL.afterArticleEnd);
  }
}

function dropSectionList(page: Page, from: number, prose: readonly boolean[]): void {
  for (let i = from; i < page.texts.length; i += 1) {
    const kind = page.classes[i]!.kind;
    if (kind === 'blank' || kind === 'dropped') continue;
    if (kind !== 'body' || prose[i]) return;
    dropLine(page, i, STRUCTURAL.sectionList);
  }
}
