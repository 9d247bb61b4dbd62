import type { SentenceAnalysis, Token } from '../nlp/analyse-sentence';
import { joinTokens } from '../nlp/token-text';
import type { Cue } from './cue';
import { findAccordingTo, isReportingVerb } from './reporting-verbs';

// Things that can be checked in themselves: documents, records, data, images, measurements.
const SOURCE_LEMMAS = new Set([
  'record',
  'document',
  'data',
  'figure',
  'statistic',
  'report',
  'study',
  'trial',
  'survey',
  'audit',
  'analysis',
  'log',
  'account',
  'filing',
  'footage',
  'image',
  'photograph',
  'picture',
  'video',
  'sample',
  'test',
  'minute',
  'statement',
  'advert',
  'census',
  'paper',
  'archive',
  'inspection',
  'timeline',
  'reading',
  'notice',
  'search',
  'profile',
  'result',
  'invoice',
  'receipt',
  'contract',
  'email',
  'letter',
  'transcript',
  'register',
  'memo',
  'spreadsheet',
  'post',
  'photo',
  'dataset',
  'accounts',
  'records',
  'statistics',
  'minutes',
  'data',
  'list',
  'budget',
  'map',
  'drawing',
  'drawings',
  'chart',
]);
// People whose job is to find things out; "inspectors found" reports a finding, not a view.
const INVESTIGATOR_LEMMAS = new Set(['inspector', 'investigator', 'auditor', 'examiner', 'analyst', 'researcher']);
// Verbs by which a source reports its content ("records show", "the audit found").
const FINDING_LEMMAS = new Set([
  'show',
  'reveal',
  'record',
  'find',
  'indicate',
  'list',
  'put',
  'place',
  'confirm',
  'detail',
  'document',
  'register',
  'give',
  'raise',
]);
// Participles that say how a source reached the reporter ("seen by", "obtained through").
const DISCLOSURE_WORDS = new Set([
  'seen',
  'obtained',
  'reviewed',
  'shown',
  'disclosed',
  'published',
  'filed',
  'released',
  'leaked',
  'dated',
  'read',
  'archived',
  'submitted',
  'taken',
  'posted',
  'played',
  'prepared',
  'commissioned',
  'examined',
]);

/**
 * Evidence: a sentence that reports what a document, record, data set, study, image or
 * measurement shows — "records show", "an audit of 2,000 ballots found", "according to figures
 * published by…", "a log dated…", "inspectors found". Such a sentence is offered as evidence
 * rather than as a claim: its content is checked by reading the source it names, and it is what
 * a claim is checked against. A statement by a party ("the board said 93 per cent…") is a claim
 * even when it carries figures.
 */
export function findEvidence(analysis: SentenceAnalysis): Cue[] {
  const { tokens } = analysis;
  for (const after of findAccordingTo(tokens)) {
    // After "according to" the word is a noun whatever the tagger says ("according to figures/VERB").
    const source = findWithin(tokens, after, 5, (t) => isSourceWord(t));
    if (source !== undefined) return [cue(tokens, after - 2, source, 0.7)];
  }
  // A source that a party's statement mentions ("the council said the water was safe, despite
  // laboratory results showing lead…") leaves the sentence that party's claim.
  const reported = tokens.findIndex(isReportingVerb);
  for (let i = 0; i < (reported < 0 ? tokens.length : reported); i++) {
    const token = tokens[i];
    if (token === undefined || !(isSource(token, i) || (isNoun(token, i) && singularForms(token).some((w) => INVESTIGATOR_LEMMAS.has(w)))))
      continue;
    const finding = findWithin(
      tokens,
      i + 1,
      16,
      (t, at) => FINDING_LEMMAS.has(t.lemma) && (t.pos === 'VERB' || isMisreadVerb(tokens, at)),
    );
    if (finding !== undefined) return [cue(tokens, i, finding, 0.7, true)];
    if (isSource(token, i) && DISCLOSURE_WORDS.has(tokens[i + 1]?.lower ?? '')) return [cue(tokens, i, i + 1, 0.5)];
  }
  return [];
}

function isSource(token: Token, at: number): boolean {
  return isNoun(token, at) && isSourceWord(token);
}

function isSourceWord(token: Token): boolean {
  return singularForms(token).some((w) => SOURCE_LEMMAS.has(w));
}

/** The lemma, the word, and the word less a plural -s: words read as proper nouns keep their plural as lemma ("Samples"). */
function singularForms(token: Token): string[] {
  return [token.lemma, token.lower, token.lower.replace(/s$/, '')];
}

/** A noun, or the first word, which the tagger often reads as a proper noun for its capital ("Samples taken…"). */
function isNoun(token: Token, at: number): boolean {
  return token.pos === 'NOUN' || (at === 0 && token.pos === 'PROPN');
}

/**
 * wink-nlp's lite model reads "show" after a plural noun as a noun ("figures show", "data show");
 * a finding word counts as a verb when no determiner, adjective or possessive makes it a noun.
 */
function isMisreadVerb(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at]?.pos === 'NOUN' && before !== undefined && before.pos !== 'DET' && before.pos !== 'ADJ' && before.pos !== 'PRON';
}

function findWithin(tokens: readonly Token[], from: number, span: number, test: (t: Token, at: number) => boolean): number | undefined {
  for (let i = from; i < Math.min(tokens.length, from + span); i++) {
    const token = tokens[i];
    if (token && test(token, i)) return i;
  }
  return undefined;
}

function cue(tokens: readonly Token[], from: number, to: number, weight: number, elide = false): Cue {
  const words = elide && to - from > 2 ? `${tokens[from]?.text ?? ''} … ${tokens[to]?.text ?? ''}` : joinTokens(tokens.slice(from, to + 1));
  return { kind: 'evidence', weight, reason: `cites a source: '${words}'` };
}
