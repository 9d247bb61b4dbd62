import type { Token } from '../nlp/analyse-sentence';
import type { Attribution, Claimant } from '../suggestion';
import {
  ANONYMOUS_WORDS,
  DOCUMENT_WORDS,
  HONORIFICS,
  INDEFINITE_WORDS,
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  ROLE_WORDS,
} from './claimant-words';
import { joinTokens } from '../nlp/token-text';
import { isPlaceName } from './place-names';

/**
 * A claimant read from one sentence. `refersBack` says the sentence names it only by a pronoun
 * ("he said", "it said", "the statement said") or a bare surname, so the article before it must
 * say who it is.
 */
export interface ClaimantReading extends Claimant {
  refersBack?: 'person' | 'organisation' | 'surname' | 'role';
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const ORGANISATION_PRONOUNS = new Set(['it', 'they', 'we']);
// Documents that "say" something on behalf of whoever issued them.
const ISSUED_DOCUMENTS = new Set(['statement', 'release', 'letter', 'spokesperson']);

/**
 * Turns the words of a speaker into a claimant: a name (the last run of proper nouns, less
 * honorifics and role words), a kind (organisation when an organisation word heads the phrase,
 * person when a role, an honorific or a two-word name says so, else unknown) and a role (the
 * words before the name, or the apposition).
 */
export function describeClaimant(
  words: readonly Token[],
  apposition: readonly Token[],
  attribution: Attribution,
): ClaimantReading | undefined {
  const phrase = dropLeading(words);
  if (phrase.length === 0) return undefined;
  const only = phrase.length === 1 ? phrase[0] : undefined;
  if (only && PERSON_PRONOUNS.has(only.lower)) return { name: only.text, kind: 'person', attribution, refersBack: 'person' };
  if (only && ORGANISATION_PRONOUNS.has(only.lower))
    return { name: only.text, kind: 'organisation', attribution, refersBack: 'organisation' };
  if (only && ISSUED_DOCUMENTS.has(only.lemma)) return { name: only.text, kind: 'organisation', attribution, refersBack: 'organisation' };

  const issued = describeIssuer(phrase, attribution);
  if (issued) return issued;

  const role = text(dropLeading(apposition));
  const anonymous = describeAnonymous(words, phrase);
  if (anonymous) return anonymous;
  const nameStart = findNameStart(phrase);
  if (nameStart !== undefined) {
    const nameWords = phrase.slice(nameStart).filter((t) => !HONORIFICS.has(t.lower));
    const before = phrase.slice(0, nameStart).filter((t) => !HONORIFICS.has(t.lower));
    const name = text(nameWords);
    const appositionHead = dropLeading(apposition).at(-1);
    const organisation =
      nameWords.some((t) => ORGANISATION_WORDS.has(t.lower) || OUTLET_WORDS.has(t.lower)) ||
      isAcronym(nameWords) ||
      isPlaceName(text(nameWords)) ||
      (appositionHead !== undefined && ORGANISATION_WORDS.has(appositionHead.lemma));
    if (organisation) return { name: text(capitalisedTail(phrase)), kind: 'organisation', attribution };
    const titled = phrase.slice(0, nameStart).some((t) => ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower));
    const kind = nameWords.length > 1 || titled || role !== '' ? 'person' : 'unknown';
    const givenRole = before.length > 0 ? text(before) : role;
    const reading: ClaimantReading = { name, kind, attribution };
    if (givenRole !== '') reading.role = givenRole;
    if (kind === 'unknown') reading.refersBack = 'surname';
    return reading;
  }

  const preposition = findQualifier(phrase);
  const head = preposition > 0 ? phrase[preposition - 1] : phrase.at(-1);
  const name = text(phrase);
  const core = preposition > 0 ? phrase.slice(0, preposition) : phrase;
  if (
    core.some((t) => ORGANISATION_WORDS.has(t.lower) || ORGANISATION_WORDS.has(t.lemma) || OUTLET_WORDS.has(t.lower)) &&
    !(head && ROLE_WORDS.has(head.lemma))
  ) {
    return { name, kind: 'organisation', attribution };
  }
  if (head && ROLE_WORDS.has(head.lemma)) {
    // "the governor said": the person named with that role earlier in the article.
    const definite = ['the', 'this'].includes(words[0]?.lower ?? '') && phrase.length === 1;
    return { name, kind: 'person', attribution, ...(role !== '' ? { role } : {}), ...(definite ? { refersBack: 'role' as const } : {}) };
  }
  return { name, kind: 'unknown', attribution };
}

/**
 * An unnamed source, however qualified ("a source", "US intelligence sources", "A diplomatic
 * source in Tajikistan", "A source familiar with … an impending attack in Russia"): the place or
 * subject in the qualifier is not the speaker. Undefined when the head noun is not such a word
 * or a definite determiner makes it someone identified ("the official").
 */
function describeAnonymous(words: readonly Token[], phrase: readonly Token[]): ClaimantReading | undefined {
  const qualifier = findQualifier(phrase);
  const core = qualifier > 0 ? phrase.slice(0, qualifier) : phrase;
  // The head is the last noun before the qualifier: "source" in "A source familiar with…".
  const head = core.findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ?? core.at(-1);
  const indefinite = INDEFINITE_WORDS.has(words[0]?.lower ?? '') || words[0]?.pos === 'NUM';
  if (!head || !ANONYMOUS_WORDS.has(head.lower) || (!indefinite && words[0]?.pos === 'DET')) return undefined;
  return { name: text(words), kind: 'unknown', attribution: 'anonymous' };
}

/** Index of the preposition opening a qualifier ("Doctors at the city's main hospital"; not "of"), or -1. */
function findQualifier(phrase: readonly Token[]): number {
  return phrase.findIndex((t) => t.pos === 'ADP' && t.lower !== 'of');
}

/**
 * A document speaking for its issuer ("a Reuters report", "the ministry's audit", "Channel 4's
 * documentary"): the issuer, as an organisation, with the document as the role. A document
 * with no issuer named ("a report") is nobody's yet: unknown.
 */
function describeIssuer(phrase: readonly Token[], attribution: Attribution): ClaimantReading | undefined {
  const head = phrase.at(-1);
  if (phrase.length < 2 || head === undefined || !DOCUMENT_WORDS.has(head.lower)) return undefined;
  const issuer = dropLeading(phrase.slice(0, -1).filter((t) => !isPossessiveMark(t)));
  const named = issuer.filter((t) => t.pos === 'PROPN' || t.pos === 'NUM' || ORGANISATION_WORDS.has(t.lower) || OUTLET_WORDS.has(t.lower));
  if (named.length === 0) return { name: text(phrase), kind: 'unknown', attribution };
  return { name: text(issuer.slice(issuer.indexOf(named[0]!))), kind: 'organisation', attribution, role: head.text };
}

/** "BBC", "NHS": a name written in capitals is an organisation's. */
function isAcronym(nameWords: readonly Token[]): boolean {
  return nameWords.length === 1 && /^\p{Lu}{2,6}$/u.test(nameWords[0]?.text ?? '');
}

/**
 * The phrase from the first of the capitalised words that end it ("Sky News", "Channel 4"); a
 * number belongs to the name only after a word of it, so "In 2022 Islamic State" is "Islamic State".
 */
function capitalisedTail(phrase: readonly Token[]): Token[] {
  let start = phrase.length;
  while (start > 0 && /^[\p{Lu}\d]/u.test(phrase[start - 1]?.text ?? '')) start--;
  while (start < phrase.length - 1 && /^\d/.test(phrase[start]?.text ?? '')) start++;
  return start < phrase.length ? phrase.slice(start) : [...phrase];
}

/** Index where the name starts: after the last role word or honorific inside the final proper-noun run. */
function findNameStart(phrase: readonly Token[]): number | undefined {
  let start = phrase.length;
  while (start > 0 && (phrase[start - 1]?.pos === 'PROPN' || /^['\u2019]$/.test(phrase[start - 1]?.text ?? ''))) start--;
  if (start === phrase.length) return undefined;
  for (let i = phrase.length - 1; i > start; i--) {
    const word = phrase[i - 1]?.lower ?? '';
    if (ROLE_WORDS.has(word) || HONORIFICS.has(word)) return i;
  }
  // "Fair Basket's director" is a role belonging to a name, not a name.
  if (phrase[phrase.length - 1]?.pos !== 'PROPN') return undefined;
  return start;
}

/** "'s", "’s" or a plural possessive's lone apostrophe. */
function isPossessiveMark(token: Token): boolean {
  return /^['\u2019]s?$/i.test(token.text);
}

function dropLeading(words: readonly Token[]): Token[] {
  let i = 0;
  while (i < words.length && (words[i]?.pos === 'DET' || ['its', 'his', 'her', 'their', 'our'].includes(words[i]?.lower ?? ''))) i++;
  return words.slice(i);
}

function text(words: readonly Token[]): string {
  return joinTokens(words);
}
