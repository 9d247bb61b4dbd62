import { countWords, isTitleCaseRun, normaliseForCompare } from '../line-text';
import { endsWithCredit } from '../rules/image-credit';
import { STRUCTURAL } from '../rules/structural-reasons';
import { continuesParagraph } from './group-paragraphs';
import { dropLine, isBody, type Page } from './line-class';

/** Where the headline is, and the site name found above it. */
export interface TitleFound {
  index?: number;
  site?: string;
}

const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 220;
const MAX_MASTHEAD_WORDS = 5;

/**
 * Takes the first body line of three or more words as the headline when it is shaped like one
 * (at most 30 words and 220 characters, not a long sentence, not a captioned photo, not the first
 * line of a wrapped paragraph), marks it 'title', and drops the one- and two-word lines above it
 * (section kickers, menus) as 'before-title'. A short Title Case line followed by a headline is
 * the site's masthead: it is dropped as 'masthead' and returned as `site`. When the first long
 * line is not headline-shaped the text has no title and nothing is marked.
 */
export function findTitle(page: Page, wrapWidth: number | undefined): TitleFound {
  const [first, second] = firstLongLines(page, 2);
  if (first === undefined || !isTitleShaped(page, first, wrapWidth)) return {};
  const isMasthead =
    second !== undefined &&
    countWords(page.texts[first]!) <= MAX_MASTHEAD_WORDS &&
    isTitleCaseRun(page.texts[first]!, 1) &&
    isTitleShaped(page, second, wrapWidth) &&
    !(countWords(page.texts[second]!) <= MAX_MASTHEAD_WORDS && isTitleCaseRun(page.texts[second]!, 1));
  const index = isMasthead ? second : first;
  for (let i = 0; i < index; i += 1) {
    if (isBody(page, i) && countWords(page.texts[i]!) < MIN_TITLE_WORDS) dropLine(page, i, STRUCTURAL.beforeTitle);
  }
  if (isMasthead) dropLine(page, first, STRUCTURAL.masthead);
  page.classes[index] = { kind: 'title' };
  return isMasthead ? { index, site: page.texts[first]! } : { index };
}

/** Drops every other line that repeats the headline (whitespace, quotes and case aside) as 'duplicate-title'. */
export function markDuplicateTitles(page: Page, titleIndex: number): void {
  const title = normaliseForCompare(page.texts[titleIndex]!).toLowerCase();
  page.texts.forEach((text, i) => {
    if (isBody(page, i) && normaliseForCompare(text).toLowerCase() === title) dropLine(page, i, STRUCTURAL.duplicateTitle);
  });
}

// The first `count` body lines of at least MIN_TITLE_WORDS words.
function firstLongLines(page: Page, count: number): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < page.texts.length && indexes.length < count; i += 1) {
    if (isBody(page, i) && countWords(page.texts[i]!, MIN_TITLE_WORDS) >= MIN_TITLE_WORDS) indexes.push(i);
  }
  return indexes;
}

function isTitleShaped(page: Page, index: number, wrapWidth: number | undefined): boolean {
  const text = page.texts[index]!;
  if (text.length > MAX_TITLE_CHARS) return false;
  const words = countWords(text, MAX_TITLE_WORDS);
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) return false;
  if (words > 15 && /[.।۔]["”’)]*$/u.test(text)) return false;
  // Chinese and Japanese headlines never end with a full stop; sentences always do.
  if (/[。｡]["”’)」』]*$/u.test(text)) return false;
  if (endsWithCredit(text)) return false;
  const next = page.texts[index + 1] ?? '';
  return !(isBody(page, index + 1) && continuesParagraph(text, next, wrapWidth));
}
