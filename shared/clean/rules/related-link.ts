import { countWords } from '../line-text';
import type { LineRule } from './line-rule';

const LABELS = [
  'related(?: stories| story| articles?| news| coverage| content| topics| links?| reading| videos?)?',
  'also read',
  'read also',
  'also see',
  'see also',
  'read more',
  'more on (?:this|that)(?: story| topic)?',
  'recommended(?: reading| stories| for you)?',
  'you (?:may|might) also like',
  "(?:don[’']t|do not) miss",
  'must read',
  "editor[’']?s picks?",
  'further reading',
  'read next',
  'up next',
  'watch(?: now| video)?',
  'lee también',
  'leia também',
  'lire aussi',
  'lesen sie auch',
  'leggi anche',
  'читайте также',
  'اقرأ أيضاً',
  'اقرأ أيضا',
  'यह भी पढ़ें',
  'ये भी पढ़ें',
  '相关阅读',
  '延伸阅读',
  '延伸閱讀',
  '関連記事',
];
const LINK = new RegExp(`^(?:${LABELS.join('|')})\\s*(?:[:|»›>–—：]|\\s-\\s)\\s*\\S`, 'iu');

/** Links to other stories, introduced by a label: "Related: …", "ALSO READ | …", "Read more: …", "Watch: …". */
export const relatedLink: LineRule = {
  rule: 'related-link',
  reason: 'Link to another story',
  matches: (text) => countWords(text) <= 30 && LINK.test(text),
};
