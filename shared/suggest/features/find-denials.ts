import type { SentenceAnalysis, Token } from '../nlp/analyse-sentence';
import { isQuoteMark, joinTokens } from '../nlp/token-text';
import type { Cue } from './cue';
import { isReportingVerb } from './reporting-verbs';

// "declined to comment", "refused to say": a refusal verb, "to", then a verb of answering.
const REFUSAL_LEMMAS = new Set(['decline', 'refuse']);
const ANSWER_LEMMAS = new Set([
  'comment',
  'answer',
  'say',
  'respond',
  'discuss',
  'share',
  'confirm',
  'elaborate',
  'reply',
  'disclose',
  'explain',
  'speak',
  'identify',
  'name',
  'release',
  'provide',
  'give',
  'publish',
]);
// "did not respond", "has not returned calls", "did not answer emails": silence when asked.
const NON_RESPONSE_LEMMAS = new Set(['respond', 'reply', 'answer', 'return', 'comment']);
// "would not say": only with would/will, since "did not say which period" reports an omission,
// not a refusal.
const WITHHOLD_LEMMAS = new Set(['say', 'confirm', 'discuss', 'comment', 'disclose', 'reveal']);
// Rejection verbs that are denials whatever their object.
const DENY_LEMMAS = new Set(['deny', 'refute', 'rebut', 'repudiate']);
// Rejection verbs that are denials when what is rejected is a claim ("rejected the accusation")
// or a demand ("rejected calls to resign"), not when it is a thing ("rejected the application").
const REJECT_LEMMAS = new Set(['reject', 'dispute', 'dismiss', 'contest', 'challenge']);
const CLAIM_OBJECTS = new Set([
  'claim',
  'allegation',
  'accusation',
  'assertion',
  'report',
  'suggestion',
  'charge',
  'criticism',
  'figure',
  'finding',
  'account',
  'idea',
  'notion',
  'characterisation',
  'characterization',
  'story',
  'reporting',
  'rumour',
  'rumor',
  'call',
  'demand',
  'conclusion',
  'version',
  'assessment',
  'interpretation',
  'number',
  'estimate',
  'evidence',
  'audit',
  'study',
  'result',
  'criticisms',
  'that',
  'this',
  'it',
  'them',
  'these',
  'those',
  'any',
]);
// Words by which a party calls a claim untrue ("called the report 'completely untrue'").
const UNTRUE_WORDS = new Set([
  'false',
  'untrue',
  'baseless',
  'unfounded',
  'groundless',
  'fabrication',
  'fabricated',
  'nonsense',
  'rubbish',
  'misleading',
  'lie',
  'lies',
  'propaganda',
  'whitewash',
  'inaccurate',
  'incorrect',
  'fake',
  'absurd',
  'ridiculous',
  'fiction',
  'smear',
  'slander',
  'defamatory',
  'erroneous',
  'distortion',
  'hoax',
  'bogus',
  'wrong',
]);
const NO_WHAT = new Set(['evidence', 'truth', 'basis', 'foundation', 'wrongdoing', 'comment', 'merit']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'none']);
// In a party's reported words, a sweeping negative ("no civilians were harmed", "nobody is
// stopping aid", "never") reads as a denial; a plain "not" negates any predicate ("they could not
// get time off", "it is not supported by the evidence") and on the tuning articles was a false
// alarm six times in seven, so it does not count.
const SWEEPING_NEGATORS = new Set(['never', 'no', 'nobody', 'nothing', 'none', 'neither']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whose', 'whom', 'where']);

/**
 * Finds a party rejecting a claim or refusing to answer: rejection verbs ("denied", "rejected the
 * accusation", "disputes that"), refusals ("declined to comment", "did not respond", "could not be
 * reached", "no comment"), "pleaded not guilty", calling a claim untrue, standing by a disputed
 * figure, and — weakly — a sweeping negative inside a party's reported words ("it said no
 * civilians had been harmed"). A negation that is part of a finding ("fuel that did not appear on the
 * manifest") matches none of these: it has no refusal verb and no party speaking.
 */
export function findDenials(analysis: SentenceAnalysis): Cue[] {
  const { tokens } = analysis;
  const cues: Cue[] = [];
  const add = (weight: number, from: number, to: number) =>
    cues.push({ kind: 'denial', weight, reason: `denial: '${joinTokens(tokens.slice(from, to + 1))}'` });

  tokens.forEach((token, i) => {
    if (REFUSAL_LEMMAS.has(token.lemma) && tokens[i + 1]?.lower === 'to' && ANSWER_LEMMAS.has(tokens[i + 2]?.lemma ?? '')) {
      add(0.8, i, i + 2);
    }
    if (NEGATORS.has(token.lower) && token.lower !== 'no') {
      const verbAt = skipAdverbs(tokens, i + 1);
      const verb = tokens[verbAt];
      const aux = tokens[i - 1];
      if (verb && aux?.pos === 'AUX' && !isRelative(tokens, i)) {
        const withholds = ['would', 'will'].includes(aux.lower) && WITHHOLD_LEMMAS.has(verb.lemma);
        if (NON_RESPONSE_LEMMAS.has(verb.lemma) || withholds) add(0.8, i - 1, verbAt);
        if (verb.lower === 'be' && ['reached', 'contacted'].includes(tokens[verbAt + 1]?.lower ?? '')) add(0.8, i - 1, verbAt + 1);
      }
    }
    if (['unavailable', 'available'].includes(token.lower) && tokens[i + 1]?.lower === 'for' && tokens[i + 2]?.lower === 'comment') {
      const negated = token.lower === 'unavailable' || NEGATORS.has(tokens[i - 1]?.lower ?? '');
      if (negated) add(0.8, i, i + 2);
    }
    if (token.lower === 'no' && NO_WHAT.has(tokens[i + 1]?.lemma ?? '')) {
      add(tokens[i + 1]?.lower === 'comment' ? 0.8 : 0.5, i, i + 1);
    }
    if (DENY_LEMMAS.has(token.lemma) && token.pos !== 'ADJ') add(0.85, i, i);
    if (token.lemma === 'denial' && token.pos === 'NOUN') add(0.6, i, i);
    if (REJECT_LEMMAS.has(token.lemma) && token.pos === 'VERB') {
      const object = findClaimObject(tokens, i);
      add(object === undefined ? 0.35 : 0.8, i, object ?? i);
    }
    if (token.lemma === 'plead' && tokens[i + 1]?.lower === 'not' && tokens[i + 2]?.lower === 'guilty') add(0.85, i, i + 2);
    if (token.lemma === 'stand' && tokens[i + 1]?.lower === 'by') add(0.6, i, i + 1);
  });

  const speaker = tokens.findIndex((t) => isReportingVerb(t) || (t.lemma === 'call' && t.pos === 'VERB'));
  if (speaker >= 0) {
    const untrue = tokens.findIndex((t) => UNTRUE_WORDS.has(t.lower));
    if (untrue >= 0) add(0.75, untrue, untrue);
    const negation = cues.length === 0 ? findReportedNegation(tokens, speaker) : undefined;
    if (negation !== undefined) add(0.45, negation, Math.min(negation + 2, tokens.length - 1));
  }
  return strongestFirst(cues);
}

function skipAdverbs(tokens: readonly Token[], from: number): number {
  let i = from;
  while (tokens[i]?.pos === 'ADV') i++;
  return i;
}

/** "fuel that did not appear": the negation belongs to a relative clause describing a thing. */
function isRelative(tokens: readonly Token[], negator: number): boolean {
  const before = tokens[negator - 1];
  const twoBefore = tokens[negator - 2];
  return RELATIVE_PRONOUNS.has(before?.lower ?? '') || (before?.pos === 'AUX' && RELATIVE_PRONOUNS.has(twoBefore?.lower ?? ''));
}

/** Index of a claim-like object within a few words after a rejection verb, or of "as" in "dismissed X as Y". */
function findClaimObject(tokens: readonly Token[], verb: number): number | undefined {
  for (let i = verb + 1; i < Math.min(tokens.length, verb + 7); i++) {
    const token = tokens[i];
    if (token === undefined || (token.pos === 'PUNCT' && !isQuoteMark(token))) return undefined;
    if (CLAIM_OBJECTS.has(token.lemma) || CLAIM_OBJECTS.has(token.lower) || token.lower === 'as') return i;
  }
  return undefined;
}

/**
 * Index of a negation in what a party is reported to have said: after the reporting verb, or
 * inside quotation marks before it ("'Nobody is stopping aid,' he said"), and not in a relative
 * clause.
 */
function findReportedNegation(tokens: readonly Token[], speaker: number): number | undefined {
  const quoteOpen = tokens.findIndex(isQuoteMark);
  const from = quoteOpen >= 0 && quoteOpen < speaker ? quoteOpen : speaker + 1;
  for (let i = from; i < tokens.length; i++) {
    if (i === speaker) continue;
    if (SWEEPING_NEGATORS.has(tokens[i]?.lower ?? '') && !isRelative(tokens, i)) return i;
  }
  return undefined;
}

function strongestFirst(cues: Cue[]): Cue[] {
  const seen = new Set<string>();
  return cues.sort((a, b) => b.weight - a.weight).filter((cue) => !seen.has(cue.reason) && seen.add(cue.reason) !== undefined);
}
