import { isProse, isSentence } from '../line-text';
import { articleEnd } from '../rules/article-end';
import { titleCaseNavigation } from '../rules/navigation';
import { sectionLabel } from '../rules/section-label';
import { STRUCTURAL } from '../rules/structural-reasons';
import { groupParagraphs } from './group-paragraphs';
import { dropLine, dropRuleAt, isBody, type Page } from './line-class';

// A stack of this many lines with no blank between them, after the story's last paragraph, is a link list.
const MIN_TRAILING_LIST_LINES = 3;

/**
 * Finds where the article body ends and drops what follows it. Prose is judged per paragraph
 * (wrapped lines joined), so a wrapped paragraph is kept or dropped whole.
 *
 * - The end is the first end marker ("End of Article") or section label ("Tags", "Most read",
 *   "More from …") with prose before it and, for a label, less prose after it than before. After
 *   the end every body line outside a prose paragraph is dropped: as 'navigation' when it is a run
 *   of Title Case words, else as 'after-article-end'.
 * - A section label inside the body drops the non-prose lines right below it (its list of links)
 *   as 'section-list', up to the next prose paragraph or kept block.
 * - After the last prose paragraph (or the last body line that is a whole sentence ending with a
 *   full stop), a stack of three or more lines with no blank line between them is a list of
 *   links: its body lines are dropped as 'trailing-list'. A single closing line such
 *   as "With inputs from agencies" stays.
 */
export function markTrailingFurniture(page: Page, wrapWidth: number | undefined): void {
  const prose = proseLines(page, wrapWidth);
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
    if (rule === articleEnd.rule || total - proseBefore[i]! < proseBefore[i]!) {
      dropAfterEnd(page, i + 1, prose);
      break;
    }
    dropSectionList(page, i + 1, prose);
  }
  dropTrailingList(page, prose);
}

// For each line, whether it belongs to a body paragraph that reads as prose.
function proseLines(page: Page, wrapWidth: number | undefined): boolean[] {
  const prose = page.texts.map(() => false);
  for (const [first, last] of groupParagraphs(page.texts, (i) => isBody(page, i), wrapWidth)) {
    if (!isProse(page.texts.slice(first, last + 1).join(' '))) continue;
    for (let i = first; i <= last; i += 1) prose[i] = true;
  }
  return prose;
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

// Short story paragraphs ("The budget takes effect on 1 January.", "预算将于明年一月一日起生效。")
// are not prose by length, but a line ending with a full stop is still story, not a link list.
function dropTrailingList(page: Page, prose: readonly boolean[]): void {
  let lastProse = prose.lastIndexOf(true);
  if (lastProse === -1) return;
  for (let i = page.texts.length - 1; i > lastProse; i -= 1) {
    if (isBody(page, i) && isSentence(page.texts[i]!)) {
      lastProse = i;
      break;
    }
  }
  let runStart = lastProse + 1;
  for (let i = lastProse + 1; i <= page.texts.length; i += 1) {
    if (i < page.texts.length && page.classes[i]!.kind !== 'blank') continue;
    if (i - runStart >= MIN_TRAILING_LIST_LINES) {
      for (let j = runStart; j < i; j += 1) if (isBody(page, j)) dropLine(page, j, STRUCTURAL.trailingList);
    }
    runStart = i + 1;
  }
}
