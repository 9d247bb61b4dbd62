import { classifyAbbreviation } from './abbreviations';
import { isOrdinalNoun } from './ordinal-nouns';
import { isCommonSentenceStarter } from './sentence-starters';
import { isTimeQualifier } from './time-qualifiers';

// Punctuation that may close a sentence after its final stop: the quote or bracket belongs to it.
// German closes with “ and ‘ („So.“) and may use guillemets the other way round (»So.«).
const CLOSERS = '"\'”’“‘)]}»«›‹」』）》〉】';
// Punctuation that may open the next sentence before its first letter (— opens Spanish dialogue, – Polish).
const OPENERS = '"\'“‘„‚([{«‹»›¿¡—–「『（《〈【';
// Stops that end a sentence whatever the word before them, like ? and !: the Arabic question
// mark, the Urdu full stop, the Devanagari danda and double danda, Armenian and Ethiopic stops.
const STRONG_TERMINATORS = '?!؟۔।॥։።፧';
const TERMINATORS = `.…${STRONG_TERMINATORS}`;

// A capital, or a letter of a script without case (Arabic, Hebrew, Devanagari, Han…), which can
// open a sentence as a capital does.
const UPPER = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
const LOWER = /^\p{Ll}/u;
// Dutch opens a sentence with an elided article before the capital: 's Avonds, 't Is.
const DUTCH_ELIDED_ARTICLE = /^['’][st]$/u;
const LEADING_LETTERS = /^\p{L}+/u;
// "J." or "U.S.": the next word is itself an initial or dotted abbreviation, not a starter.
const DOTTED_START = /^\p{L}\./u;
const ORDINAL_NUMBER = /^\d{1,2}$/u;
// A year or a span of years before "г."/"r.": 2008, 2008–2010, (2020.
const YEAR_NUMBER = /\d{4}(?:[–-]\d{2,4})?$/u;
// Japanese quotes with と, って or などと after the stop: 「行く。」と言った, 本当か？と思った,
// 「不公平だ！」などと批判した.
const JAPANESE_QUOTATIVE = /^(?:と|って|などと)/u;
// Chinese attributes a quotation right after its closing mark: “我们会赢。”他说, 「我們會贏。」他說.
const CHINESE_ATTRIBUTION = /^(?:他|她)(?:们|們)?(?:说|說|问|問|表示|回答)/u;
const CLOSING_MARK = /["'”’)\]}」』）》〉】]$/u;
// Chinese book-title marks enclose a title, never a sentence: 《谁在说谎？》是一部纪录片.
const TITLE_CLOSE = /[》〉]$/u;
// Korean quotes with 하고, 하며 or 라고 after a closing quote and a space: "누가 책임지나?" 하고 물었다.
const KOREAN_QUOTATIVE = /^(?:하고|하며|하면서|라고|라며)(?!\p{L})/u;
const CLOSING_QUOTE = /["'”’]$/u;

/**
 * Decides whether a sentence ends after `token`, a run of non-space characters, given `next`,
 * the run that follows it after whitespace. Only the token's trailing terminal punctuation
 * (`.`, `!`, `?`, `…`, the stops of other scripts, optionally followed by closing quotes or
 * brackets) can end a sentence, and never before a lower-case word ("“Why?” she asked", "at 5
 * p.m. on Monday"). Letters of scripts without case (Arabic, Devanagari…) count as capitals.
 *
 * - `?` or `!` ends it, and so do `؟`, `۔`, `।`, `॥`, `։`, `።` and `፧` — but not in a quotation
 *   before a Korean quotative (`"누가 책임지나?" 하고 물었다`).
 * - A number of one or two digits ends it unless an ordinal noun follows ("3. Oktober").
 * - `…` never ends it: in quotations it marks an elision.
 * - Two or more full stops end it only before a capital ("He paused... Then").
 * - A single full stop ends it unless the word before it is an abbreviation (see
 *   `classifyAbbreviation`): titles never end a sentence; "a.m."/"p.m." end it before a capital
 *   that is not a day, month or zone; "U.S."-like ones only before a common sentence starter
 *   ("the U.S. The next day" ends, "the U.S. Army" does not); "г."/"r." after a year, given by
 *   `previousWord` (the run before the token, asked for only then), ends it before a capital.
 */
export function endsSentence(token: string, next: string, previousWord: () => string): boolean {
  let end = token.length;
  while (end > 0 && CLOSERS.includes(token.charAt(end - 1))) end -= 1;
  let wordEnd = end;
  while (wordEnd > 0 && TERMINATORS.includes(token.charAt(wordEnd - 1))) wordEnd -= 1;
  if (wordEnd === end) return false;

  const terminators = token.slice(wordEnd, end);
  const nextWord = stripOpeners(next);
  if (LOWER.test(nextWord) && !DUTCH_ELIDED_ARTICLE.test(next)) return false;
  if (CLOSING_QUOTE.test(token) && KOREAN_QUOTATIVE.test(nextWord)) return false;
  if ([...terminators].some((char) => STRONG_TERMINATORS.includes(char))) return true;
  if (terminators.includes('…')) return false;
  const word = stripClosers(stripOpeners(token.slice(0, wordEnd)));
  if (terminators.length > 1 || word === '') return UPPER.test(nextWord);
  // "am 3. Oktober", "im 19. Jahrhundert": German writes ordinals as a number and a stop.
  if (ORDINAL_NUMBER.test(word) && isOrdinalNoun(leadingLetters(nextWord))) return false;

  switch (classifyAbbreviation(word)) {
    case 'binding':
      return false;
    case 'time':
      return UPPER.test(nextWord) && !isTimeQualifier(leadingLetters(nextWord));
    case 'ambiguous':
      return opensSentenceAfterAbbreviation(nextWord);
    case 'before-figure':
      return !/^\p{Nd}/u.test(nextWord);
    case 'year':
      return YEAR_NUMBER.test(previousWord()) ? UPPER.test(nextWord) : opensSentenceAfterAbbreviation(nextWord);
    case 'word':
      return true;
  }
}

/**
 * Decides whether an ideographic stop (`。`, `！`, `？`, or `!`/`?` written against Chinese or
 * Japanese text), given as `stop` with any closing quotes or brackets after it, ends a sentence
 * before `next`, the text that follows (with or without a space). It does, except before a
 * Japanese quotative particle (「行く。」と言った) or a Chinese attribution after a closing quote
 * (“好。”他说), and never inside a book title (《谁在说谎？》是一部纪录片).
 */
export function endsCjkSentence(stop: string, next: string): boolean {
  if (TITLE_CLOSE.test(stop)) return false;
  return !JAPANESE_QUOTATIVE.test(next) && !(CLOSING_MARK.test(stop) && CHINESE_ATTRIBUTION.test(next));
}

// After "Inc."-like abbreviations only a common opening word starts a sentence ("the U.S. The").
function opensSentenceAfterAbbreviation(nextWord: string): boolean {
  return !DOTTED_START.test(nextWord) && UPPER.test(nextWord) && isCommonSentenceStarter(leadingLetters(nextWord));
}

function stripOpeners(text: string): string {
  let start = 0;
  while (start < text.length && OPENERS.includes(text.charAt(start))) start += 1;
  return text.slice(start);
}

function stripClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

function leadingLetters(text: string): string {
  return LEADING_LETTERS.exec(text)?.[0] ?? '';
}
