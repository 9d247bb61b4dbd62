import { classifyAbbreviation } from './abbreviations';
import { isCommonSentenceStarter, isTimeQualifier } from './sentence-starters';

// Punctuation that may close a sentence after its final stop: the quote or bracket belongs to it.
const CLOSERS = '"\'”’)]}»›';
// Punctuation that may open the next sentence before its first letter.
const OPENERS = '"\'“‘([{«‹¿¡';
const TERMINATORS = '.!?…';

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LEADING_LETTERS = /^\p{L}+/u;
// "J." or "U.S.": the next word is itself an initial or dotted abbreviation, not a starter.
const DOTTED_START = /^\p{L}\./u;

/**
 * Decides whether a sentence ends after `token`, a run of non-space characters, given `next`,
 * the run that follows it after whitespace. Only the token's trailing terminal punctuation
 * (`.`, `!`, `?`, `…`, optionally followed by closing quotes or brackets) can end a sentence,
 * and never before a lower-case word ("“Why?” she asked", "at 5 p.m. on Monday").
 *
 * - `?` or `!` ends it.
 * - `…` never ends it: in quotations it marks an elision.
 * - Two or more full stops end it only before a capital ("He paused... Then").
 * - A single full stop ends it unless the word before it is an abbreviation (see
 *   `classifyAbbreviation`): titles never end a sentence; "a.m."/"p.m." end it before a capital
 *   that is not a day, month or zone; "U.S."-like ones only before a common sentence starter
 *   ("the U.S. The next day" ends, "the U.S. Army" does not).
 */
export function endsSentence(token: string, next: string): boolean {
  let end = token.length;
  while (end > 0 && CLOSERS.includes(token.charAt(end - 1))) end -= 1;
  let wordEnd = end;
  while (wordEnd > 0 && TERMINATORS.includes(token.charAt(wordEnd - 1))) wordEnd -= 1;
  if (wordEnd === end) return false;

  const terminators = token.slice(wordEnd, end);
  const nextWord = stripOpeners(next);
  if (LOWER.test(nextWord)) return false;
  if (terminators.includes('?') || terminators.includes('!')) return true;
  if (terminators.includes('…')) return false;
  const word = stripClosers(stripOpeners(token.slice(0, wordEnd)));
  if (terminators.length > 1 || word === '') return UPPER.test(nextWord);

  switch (classifyAbbreviation(word)) {
    case 'binding':
      return false;
    case 'time':
      return UPPER.test(nextWord) && !isTimeQualifier(leadingLetters(nextWord));
    case 'ambiguous':
      return !DOTTED_START.test(nextWord) && UPPER.test(nextWord) && isCommonSentenceStarter(leadingLetters(nextWord));
    case 'word':
      return true;
  }
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
