import type { Token } from '../nlp/analyse-sentence';

/** Lemmas of verbs that attribute a statement to someone ("said", "told", "insisted"…). */
export const REPORTING_LEMMAS = new Set([
  'say',
  'tell',
  'claim',
  'allege',
  'accuse',
  'announce',
  'insist',
  'state',
  'warn',
  'argue',
  'assert',
  'report',
  'confirm',
  'admit',
  'acknowledge',
  'maintain',
  'blame',
  'add',
  'explain',
  'write',
  'testify',
  'predict',
  'promise',
  'pledge',
  'credit',
  'describe',
  'call',
  'declare',
  'contend',
  'estimate',
]);

/** Lemmas of reporting verbs that carry an accusation or a disputed assertion. */
export const ACCUSATION_LEMMAS = new Set(['accuse', 'allege', 'blame', 'claim', 'charge']);

/**
 * Whether a token is a reporting verb. wink-nlp tags a few of them as nouns when they start a
 * clause oddly ("Claims…"), so the part of speech must be VERB, which also keeps "a call" and
 * "the report" out.
 */
export function isReportingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && REPORTING_LEMMAS.has(token.lemma);
}

/** Index of the token after "according to" for every "according to" in the sentence. */
export function findAccordingTo(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  tokens.forEach((token, i) => {
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') found.push(i + 2);
  });
  return found;
}
