import { isWhitespace } from '../text/whitespace';

// Shape tests shared by the rules. Every function takes one collapsed source line (or a joined
// block) and looks only at its characters, so each rule stays a pure function of its text. Lines
// can be a megabyte long: tests look at the ends of the text or stop counting early.

// Sentence ends of every script (。！？ ؟ ۔ । ॥ ։ ።) and the closing marks that may follow them.
const TERMINAL = /[.!?…:;。！？｡：；؟۔।॥։።፧][\s"'”’»«“)\]」』）》]*$/u;
const ENDING_PUNCTUATION = /[.!?…,;:。！？｡，、：；؟،؛۔।॥։።፧][\s"'”’»«“)\]」』）》]*$/u;
const QUOTE_CLOSE_ONLY = /[”»“」』]$/u;
const FULL_STOP_END = /[.。｡।۔።][\s"'”’»«“)\]」』）》]*$/u;
// Enough of the end of a line to see its closing punctuation and quotes.
const TAIL = 16;

/** Trims the text and collapses every run of whitespace to one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text as compared for duplicates: whitespace collapsed and typographic quotes folded to
 * their ASCII forms, so the same sentence typed with “curly” or "straight" quotes compares equal.
 */
export function normaliseForCompare(text: string): string {
  return collapseSpace(text)
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‘’‚‛′]/gu, "'");
}

/**
 * The number of words: whitespace-separated runs, where every two Chinese or Japanese characters
 * (Han ideographs and kana) count as a word, since those scripts write no spaces and their words
 * are mostly one to three characters long ("ホーム" is two, a 24-character sentence twelve). Counting stops once it passes
 * `atMost` (so the result is exact up to `atMost` and `atMost + 1` beyond it).
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  let ideographs = 0;
  for (let i = 0; i < text.length && words <= atMost; i += 1) {
    const code = text.charCodeAt(i);
    if (isIdeographic(code)) {
      if (ideographs % 2 === 0) words += 1;
      ideographs += 1;
      inWord = false;
      continue;
    }
    ideographs = 0;
    const space = isWhitespace(code);
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

/**
 * True when the text ends a clause: a full stop, question or exclamation mark, ellipsis, colon or
 * semicolon, optionally followed by closing quotes or brackets, or a closing double quote alone.
 */
export function endsClause(text: string): boolean {
  const tail = text.slice(-TAIL).trimEnd();
  return TERMINAL.test(tail) || QUOTE_CLOSE_ONLY.test(tail);
}

/** True when the text ends with any punctuation a heading would not end with (commas included). */
export function endsWithPunctuation(text: string): boolean {
  return ENDING_PUNCTUATION.test(text.slice(-TAIL).trimEnd());
}

/** True when the first letter-or-digit character (after opening quotes) is lower case. */
export function startsLowercase(text: string): boolean {
  const match = /[\p{L}\p{N}]/u.exec(text);
  return match !== null && /\p{Ll}/u.test(match[0]);
}

/** True when the text has at least one letter and no lower-case letter. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * True when the text reads as running prose rather than a label, link or headline: at least 25
 * words, or at least 12 words ending a clause. Furniture is almost never that long.
 */
export function isProse(text: string): boolean {
  const words = countWords(text, 25);
  return words >= 25 || (words >= 12 && endsClause(text));
}

/**
 * True when the text could be a subheading: 1 to 8 words, at most 70 characters, starting with a
 * capital, a letter of a script without case (Arabic, Devanagari, Han…) or a digit (after opening
 * quotes), and not ending with punctuation.
 */
export function isHeadingShaped(text: string): boolean {
  if (text.length > 70) return false;
  const words = countWords(text);
  if (words === 0 || words > 8 || endsWithPunctuation(text)) return false;
  return /^[“‘"'(«„「『]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text);
}

/**
 * True when the text is a complete sentence rather than a link or label: at least four words
 * ending with a full stop of any script (`.`, `。`, `।`, `۔`; not `…` or `...`), closing quotes
 * allowed. Headlines in link lists do not end with a full stop; short story paragraphs do.
 */
export function isSentence(text: string): boolean {
  const tail = text.slice(-TAIL).trimEnd();
  return FULL_STOP_END.test(tail) && !/\.\.[\s"'”’»«“)\]」』）》]*$/u.test(tail) && countWords(text, 4) >= 4;
}

/**
 * True when every word starts with a capital or digit and nothing ends the line: "Top Shows",
 * "Vantage World Sports". Headlines in sentence case and prose always have lower-case words.
 */
export function isTitleCaseRun(text: string, minWords: number): boolean {
  if (text.length > 200) return false;
  const words = text.split(' ');
  if (words.length < minWords || endsWithPunctuation(text)) return false;
  return words.every((word) => /^[“‘"'(]*[\p{Lu}\p{N}]/u.test(word) || word === '&');
}

// Han ideographs (with extension A and compatibility ideographs), hiragana, katakana and
// half-width katakana. Hangul is not here: Korean separates words with spaces.
function isIdeographic(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f)
  );
}
