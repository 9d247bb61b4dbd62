import { countWords, isAllCaps } from '../line-text';
import type { LineRule } from './line-rule';

/**
 * Short shouted labels: at most six words, all capitals, mostly letters, no closing punctuation
 * ("QUICK LINKS", "LIVE", "WATCH"). A time stamp such as "10:42 GMT" is mostly digits and stays.
 */
export const allCapsLabel: LineRule = {
  rule: 'all-caps-label',
  reason: 'Short all-capitals label, typical of page widgets',
  matches: (text) => isAllCaps(text) && countWords(text) <= 6 && !/[.!?]["”’)]*$/u.test(text) && isMostlyLetters(text),
};

function isMostlyLetters(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters * 2 > text.replace(/\s/gu, '').length;
}
