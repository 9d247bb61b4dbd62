import type { Token } from '../nlp/analyse-sentence';
import { isQuoteMark } from '../nlp/token-text';
import { isReportingVerb } from '../features/reporting-verbs';

// Besides reporting verbs, the acts by which a party denies or refuses ("denied", "declined").
const SPEECH_ACT_LEMMAS = new Set([
  'deny', 'reject', 'dispute', 'dismiss', 'decline', 'refuse', 'plead', 'respond', 'reply', 'return', 'answer',
  'comment', 'rebut', 'refute', 'contest', 'stand', 'apologise', 'apologize', 'welcome',
]);
const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/** The words naming who speaks, and any role given in apposition ("Its chair, Ida Brenner, said"). */
export interface Speaker {
  words: Token[];
  apposition: Token[];
  /** Index of the verb of speaking. */
  verb: number;
}

/**
 * Finds the first verb of speaking (a reporting verb, or a denial or refusal) and the noun phrase
 * of its subject: to the left ("Kremlin spokesman Dmitry Peskov said", "The ministry did not
 * respond"), across an apposition or a relative clause ("Marc Vervoort, who runs a school,
 * said"), or to the right after a quotation ("'…,' said Professor Lena Sjoberg, a
 * pharmacologist"). Undefined when there is no such verb or no subject to be found.
 */
export function findSpeaker(tokens: readonly Token[]): Speaker | undefined {
  const verb = tokens.findIndex((t) => isReportingVerb(t) || (t.pos === 'VERB' && SPEECH_ACT_LEMMAS.has(t.lemma)));
  if (verb < 0) return undefined;
  let j = verb - 1;
  while (j >= 0 && isVerbGroup(tokens[j])) j--;
  const left = collectLeft(tokens, j);
  if (left.length > 0) return { words: left, apposition: [], verb };
  if (tokens[j]?.text === ',') {
    const comma = lastIndexOf(tokens, ',', j - 1, 16);
    if (comma !== undefined) {
      const between = tokens.slice(comma + 1, j);
      if (['who', 'which'].includes(between[0]?.lower ?? '')) {
        const subject = collectLeft(tokens, comma - 1);
        if (subject.length > 0) return { words: subject, apposition: [], verb };
      } else if (between.some((t) => t.pos === 'PROPN')) {
        return { words: between, apposition: collectLeft(tokens, comma - 1), verb };
      }
    }
  }
  if (j < 0 || isQuoteMark(tokens[j]) || tokens[j]?.text === ',') return findSpeakerAfter(tokens, verb);
  return undefined;
}

function findSpeakerAfter(tokens: readonly Token[], verb: number): Speaker | undefined {
  const words = collectRight(tokens, verb + 1);
  if (words.length === 0) return undefined;
  let next = verb + 1 + words.length;
  if (tokens[next]?.text !== ',') return { words, apposition: [], verb };
  next++;
  const after = collectRight(tokens, next);
  // "said Fair Basket's director, Noor Haddad": the name follows the role.
  if (!words.some((t) => t.pos === 'PROPN' && !isPossessed(tokens, t)) && after.some((t) => t.pos === 'PROPN')) {
    return { words: after, apposition: words, verb };
  }
  return { words, apposition: after, verb };
}

function isPossessed(tokens: readonly Token[], token: Token): boolean {
  return tokens[tokens.indexOf(token) + 1]?.lower === "'s";
}

function isVerbGroup(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'AUX' || token.pos === 'ADV' || ['not', "n't"].includes(token.lower));
}

function inNounPhrase(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (NOUN_PHRASE_POS.has(token.pos) || token.lower === "'s") return true;
  // "the Pensioners' Association": a plural possessive's apostrophe stands alone.
  if (token.text === "'" || token.text === '\u2019') return tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'NOUN';
  // "the Ministry of Defence".
  return token.lower === 'of' && tokens[i + 1]?.pos === 'PROPN' && tokens[i - 1]?.pos === 'PROPN';
}

function collectLeft(tokens: readonly Token[], end: number): Token[] {
  let i = end;
  while (i >= 0 && inNounPhrase(tokens, i)) i--;
  // A possessive pronoun or a subject pronoun opens the phrase ("Its chair", "He").
  if (tokens[i]?.pos === 'PRON' && (i === end || ['its', 'his', 'her', 'their', 'our'].includes(tokens[i]?.lower ?? ''))) i--;
  return tokens.slice(i + 1, end + 1).filter((t) => t.pos !== 'PUNCT' || t.text !== ',');
}

function collectRight(tokens: readonly Token[], start: number): Token[] {
  let i = start;
  while (i < tokens.length && (inNounPhrase(tokens, i) || (i === start && tokens[i]?.pos === 'PRON'))) {
    // "…,' said the minister on Monday": stop before a trailing date or place.
    if (tokens[i]?.pos === 'ADP') break;
    i++;
  }
  return tokens.slice(start, i);
}

function lastIndexOf(tokens: readonly Token[], text: string, from: number, within: number): number | undefined {
  for (let i = from; i >= Math.max(0, from - within); i--) if (tokens[i]?.text === text) return i;
  return undefined;
}
