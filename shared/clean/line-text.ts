// Shape tests shared by the rules. Every function takes one source line (or a joined block)
// and looks only at its characters, so each rule stays a pure function of its text.

const TERMINAL = /[.!?…:;][\s"'”’»)\]]*$/u;
const ENDING_PUNCTUATION = /[.!?…,;:][\s"'”’»)\]]*$/u;
const QUOTE_CLOSE_ONLY = /[”»]$/u;

/** Trims the text and collapses every run of whitespace to one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The text as compared for duplicates: whitespace collapsed and typographic quotes folded to
 * their ASCII forms, so the same sentence typed with “curly” or "straight" quotes compares equal.
 */
export function normaliseForCompare(text: string): string {
  return collapseSpace(text).replace(/[“”„‟″«»]/gu, '"').replace(/[‘’‚‛′]/gu, "'");
}

/** The number of whitespace-separated words. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/**
 * True when the text ends a clause: a full stop, question or exclamation mark, ellipsis, colon or
 * semicolon, optionally followed by closing quotes or brackets, or a closing double quote alone.
 */
export function endsClause(text: string): boolean {
  const trimmed = text.trimEnd();
  return TERMINAL.test(trimmed) || QUOTE_CLOSE_ONLY.test(trimmed);
}

/** True when the text ends with any punctuation a heading would not end with (commas included). */
export function endsWithPunctuation(text: string): boolean {
  return ENDING_PUNCTUATION.test(text.trimEnd());
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
  const words = countWords(text);
  return words >= 25 || (words >= 12 && endsClause(text));
}

/**
 * True when the text could be a subheading: 1 to 8 words, at most 70 characters, starting with a
 * capital or digit (after opening quotes), and not ending with punctuation.
 */
export function isHeadingShaped(text: string): boolean {
  const collapsed = collapseSpace(text);
  const words = countWords(collapsed);
  if (words === 0 || words > 8 || collapsed.length > 70) return false;
  if (endsWithPunctuation(collapsed)) return false;
  return /^[“‘"'(]*[\p{Lu}\p{N}]/u.test(collapsed);
}

/**
 * True when every word starts with a capital or digit and nothing ends the line: "Top Shows",
 * "Vantage World Sports". Headlines in sentence case and prose always have lower-case words.
 */
export function isTitleCaseRun(text: string, minWords: number): boolean {
  const words = collapseSpace(text).split(' ');
  if (words.length < minWords || endsWithPunctuation(text)) return false;
  return words.every((word) => /^[“‘"'(]*[\p{Lu}\p{N}]/u.test(word) || word === '&');
}
