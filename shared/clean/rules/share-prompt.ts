import { countWords } from '../line-text';
import type { LineRule } from './line-rule';

// Words that make a line a row of buttons: the share verbs and the networks and actions they
// name. "This story" or "For later" alone is not a button row, so at least one must be present.
// es, pt, fr, de, it, ru, ar, hi: "Compartir en Facebook", "Partager sur X", "Teilen auf
// WhatsApp", "شارك على فيسبوك", "फेसबुक पर शेयर करें".
const ACTION_WORDS = new Set([
  'share',
  'facebook',
  'twitter',
  'whatsapp',
  'email',
  'e-mail',
  'linkedin',
  'reddit',
  'telegram',
  'pinterest',
  'messenger',
  'flipboard',
  'bluesky',
  'print',
  'copy',
  'save',
  'saved',
  'bookmark',
  'gift',
  'tweet',
  'comments',
  'comment',
  'listen',
  'read',
  'compartir',
  'compartilhe',
  'compartilhar',
  'partager',
  'partagez',
  'teilen',
  'condividi',
  'поделиться',
  'شارك',
  'شاركوا',
  'शेयर',
  'فيسبوك',
  'تويتر',
  'واتساب',
  'फेसबुक',
  'ट्विटर',
  'व्हाट्सएप',
]);
// A line made only of action words and these (and counts) is a row of share, save and listen buttons.
const BUTTON_WORDS = new Set([
  ...ACTION_WORDS,
  'shares',
  'this',
  'article',
  'story',
  'post',
  'page',
  'on',
  'via',
  'to',
  'for',
  'later',
  'the',
  'x',
  'mail',
  'threads',
  'sms',
  'copied',
  'link',
  'url',
  'audio',
  'min',
  'mins',
  'minute',
  'minutes',
  'करें',
  'en',
  'em',
  'no',
  'na',
  'sur',
  'auf',
  'per',
  'su',
  'в',
  'على',
  'عبر',
  'पर',
]);

function buttonWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s|•·,/()]+/u)
    .map((word) => word.replace(/[:.!]+$/u, ''))
    .filter((word) => word !== '' && !/^\d+(?::\d\d)?$/u.test(word));
}

/**
 * Rows of share, save, comment and listen buttons: "Share this article", "Facebook Twitter WhatsApp
 * Email", "5 min read", and in es, pt, fr, de, it, ru, ar, hi "Compartir en Facebook", "Partager
 * sur X", "شارك على فيسبوك". Every word of the line must be a button word, so prose naming Facebook stays.
 */
export const sharePrompt: LineRule = {
  rule: 'share-prompt',
  reason: 'Share, save, comment or listen buttons',
  matches: (text) => {
    if (countWords(text) > 12) return false;
    const words = buttonWords(text);
    if (words.length === 0 || !words.every((word) => BUTTON_WORDS.has(word))) return false;
    // "read" alone is a word of prose; as a button it comes with a reading time ("4 min read").
    return words.some((word) => ACTION_WORDS.has(word) && (word !== 'read' || words.includes('min')));
  },
};
