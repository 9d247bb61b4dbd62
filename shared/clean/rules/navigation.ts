import { countWords, isTitleCaseRun } from '../line-text';
import type { LineRule } from './line-rule';

const NAV_WORD =
  /^(?:home|menu|main menu|search|sections|navigation|skip to (?:main )?content|skip navigation|back to top|go to top|open menu|close menu|toggle navigation|log out|my account)$/iu;
const SEPARATOR = /\s+[|•·›»>/]\s+|\s*[•·›»]\s*/u;

// A menu or breadcrumb: three or more items of at most four words each, split by separators.
function isMenu(text: string): boolean {
  const items = text.split(SEPARATOR).filter((item) => item !== '');
  return items.length >= 3 && items.every((item) => countWords(item) <= 4 && /^[\p{L}\p{N}]/u.test(item) && !/[.!?]$/u.test(item));
}

/** Site menus and breadcrumbs anywhere on the page: "Home › World › Asia", "News | Sport | Weather", "Skip to content". */
export const navigation: LineRule = {
  rule: 'navigation',
  reason: 'Site menu, breadcrumb or navigation link',
  matches: (text) => NAV_WORD.test(text) || isMenu(text),
};

/**
 * Menus of short Title Case links with no separators ("Vantage Firstpost America First Sports").
 * Only safe outside the article body, where a headline-like line is not a subheading.
 */
export const titleCaseNavigation: LineRule = {
  rule: 'navigation',
  reason: 'Menu of short Title Case links outside the article',
  matches: (text) => isTitleCaseRun(text, 3),
};
