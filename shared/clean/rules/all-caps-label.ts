import { countWords, isAllCaps } from '../line-text';
import type { LineRule } from './line-rule';

/** Short shouted labels: at most six words, all capitals, no closing punctuation ("QUICK LINKS", "LIVE", "WATCH"). */
export const allCapsLabel: LineRule = {
  rule: 'all-caps-label',
  reason: 'Short all-capitals label, typical of page widgets',
  matches: (text) => isAllCaps(text) && countWords(text) <= 6 && !/[.!?]["”’)]*$/u.test(text),
};
