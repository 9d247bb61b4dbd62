import type { Token } from '../nlp/analyse-sentence';
import { isQuoteMark } from '../nlp/token-text';
import { isReportingVerb } from '../features/reporting-verbs';

// Besides reporting verbs, the acts by which a party denies or refuses ("denied", "declined").
const SPEECH_ACT_LEMMAS = new Set([
  'deny',
  'reject',
  'dispute',
  'dismiss',
  'decline',
  'refuse',
  'plead',
  'respond',
  'reply',
  'answer',
  'comment',
  'rebut',
  'refute',
  'contest',
  'apologise',
  'apologize',
  'welcome',
]);
// Verbs that are acts of speaking only in a phrase: "stood by its figure", "did not return calls"
// (not "stood at 7.9 per cent", "rates have returned to their level").
const PHRASAL_SPEECH: Record<string, (next: Token | undefined) => boolean> = {
  stand: (next) => next?.lower === 'by',
  return: (next) => ['call', 'message', 'email', 'request', 'phone'].includes(next?.lemma ?? ''),
};
// Prepositions that attach a qualifier to a subject ("doctors at the hospital"); others, such as
// "after" or "because", open a clause of their own.
const QUALIFYING_PREPOSITIONS = new Set(['at', 'for', 'from', 'in', 'with', 'within', 'inside', 'on', 'by']);
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
  const quoted = quotedIndexes(tokens);
  const verb = tokens.findIndex(
    (t, i) =>
      !quoted.has(i) &&
      (isReportingVerb(t) || (t.pos === 'VERB' && (SPEECH_ACT_LEMMAS.has(t.lemma) || PHRASAL_SPEECH[t.lemma]?.(tokens[i + 1]) === true))),
  );
  if (verb < 0) return undefined;
  let j = verb - 1;
  while (j >= 0 && isVerbGroup(tokens[j])) j--;
  // "were told", "have been accused": in the passive the subject is spoken to or about, not speaking.
  if (tokens[verb - 1]?.lemma === 'be') return undefined;
  const left = collectSubject(tokens, j);
  if (left.length > 0) return { words: left, apposition: [], verb };
  if (tokens[j]?.text === ',') {
    const comma = lastIndexOf(tokens, ',', j - 1, 16);
    if (comma !== undefined) {
      const between = tokens.slice(comma + 1, j);
      const opener = between[0];
      if (['who', 'which'].includes(opener?.lower ?? '') || opener?.pos === 'DET') {
        // "Marc Vervoort, who runs a school, said"; "One supplier, a fish wholesaler, said".
        const subject = collectSubject(tokens, comma - 1);
        const apposition = opener?.pos === 'DET' ? between : [];
        if (subject.length > 0) return { words: subject, apposition, verb };
      } else if (opener?.pos === 'PROPN') {
        // "Its chair, Ida Brenner, said": the name stands in apposition to the role.
        return { words: between, apposition: collectSubject(tokens, comma - 1), verb };
      }
    }
  }
  if (j < 0 || isQuoteMark(tokens[j]) || tokens[j]?.text === ',') return findSpeakerAfter(tokens, verb);
  return undefined;
}

/** Indexes of tokens inside quotation marks: the quoted party's words, not the attribution. */
function quotedIndexes(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  tokens.forEach((token, i) => {
    if (isQuoteMark(token)) open = !open;
    else if (open) inside.add(i);
  });
  return inside;
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

/**
 * The subject's noun phrase ending at `end`. When that phrase only qualifies the subject — a
 * prepositional phrase ("Doctors at the city's main hospital", "A source familiar with the
 * intelligence on an attack in Russia", however many are chained) or a participle ("A nurse
 * reached by phone") — the head before it is the subject, and a prepositional qualifier is kept
 * with it.
 */
function collectSubject(tokens: readonly Token[], end: number): Token[] {
  const words = collectLeft(tokens, end);
  if (words.length === 0) return words;
  let start = end - words.length + 1;
  for (;;) {
    let k = start - 1;
    if (tokens[k]?.pos !== 'ADP' || !QUALIFYING_PREPOSITIONS.has(tokens[k]?.lower ?? '')) break;
    k--;
    const participle = tokens[k]?.pos === 'VERB' && /(ed|en)$/.test(tokens[k]?.lower ?? '');
    if (participle) k--;
    const head = collectLeft(tokens, k);
    if (!isHeadPhrase(head)) break;
    if (participle) return head;
    start = k - head.length + 1;
  }
  return tokens.slice(start, end + 1);
}

/** A phrase that can head a qualifier: it ends in a noun, or in an adjective after one ("a source familiar"). */
function isHeadPhrase(head: readonly Token[]): boolean {
  const last = head.at(-1)?.pos ?? '';
  if (last === 'NOUN' || last === 'PROPN') return true;
  return last === 'ADJ' && ['NOUN', 'PROPN'].includes(head.at(-2)?.pos ?? '');
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
