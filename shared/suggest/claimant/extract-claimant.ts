import type { SentenceAnalysis, Token } from '../nlp/analyse-sentence';
import { isQuoteMark } from '../nlp/token-text';
import { findAccordingTo } from '../features/reporting-verbs';
import type { Attribution } from '../suggestion';
import { ANONYMITY_PHRASES } from './claimant-words';
import { describeClaimant, type ClaimantReading } from './describe-claimant';
import { findSpeaker } from './find-speaker';

// A quotation of this many words or more is the speaker's own words; fewer is a scare quote
// ("called the report 'completely untrue'") inside a paraphrase.
const QUOTE_WORDS = 4;
const ACCORDING_TO_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PART']);

/**
 * Who the sentence says is speaking, read from the sentence alone: "according to X", the subject
 * of a verb of speaking, or no one. The attribution is `according-to`, `anonymous` (an
 * unidentified source, or one who asked not to be named), `direct-quote` (the speaker's words
 * in quotation marks) or `paraphrase`. Undefined when the sentence names no speaker; pronouns
 * and bare surnames come back with `refersBack` for `resolveClaimants` to settle.
 */
export function extractClaimant({ text, tokens }: SentenceAnalysis): ClaimantReading | undefined {
  const anonymous = ANONYMITY_PHRASES.some((pattern) => pattern.test(text));
  const according = readAccordingTo(tokens, anonymous);
  // "…, a source said, according to a report": a report nobody is said to have issued names no
  // one, so the party speaking inside it is the claimant.
  if (according && according.kind !== 'unknown') return according;
  const speaker = findSpeaker(tokens);
  if (!speaker) return according;
  const attribution: Attribution = anonymous ? 'anonymous' : quotesSpeech(tokens) ? 'direct-quote' : 'paraphrase';
  return describeClaimant(speaker.words, speaker.apposition, attribution) ?? according;
}

/** The party after the first "according to" that names one. */
function readAccordingTo(tokens: readonly Token[], anonymous: boolean): ClaimantReading | undefined {
  for (const after of findAccordingTo(tokens)) {
    let end = after;
    while (
      end < tokens.length &&
      (ACCORDING_TO_POS.has(tokens[end]?.pos ?? '') || /^['\u2019]s$/i.test(tokens[end]?.text ?? '') || numberInName(tokens, end))
    )
      end++;
    const reading = describeClaimant(tokens.slice(after, end), [], 'according-to');
    if (reading) return anonymous ? { ...reading, attribution: 'anonymous' } : reading;
  }
  return undefined;
}

/** "Channel 4", "Radio 1": a number that belongs to the proper noun before it. */
function numberInName(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.pos === 'NUM' && tokens[i - 1]?.pos === 'PROPN';
}

function quotesSpeech(tokens: readonly Token[]): boolean {
  const marks = tokens.flatMap((t, i) => (isQuoteMark(t) ? [i] : []));
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k] ?? 0;
    const close = marks[k + 1] ?? 0;
    if (tokens.slice(open + 1, close).filter((t) => t.pos !== 'PUNCT').length >= QUOTE_WORDS) return true;
  }
  return false;
}
