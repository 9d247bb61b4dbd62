import type { SentenceSpan } from '../segment';
import { extractClaimant } from './claimant/extract-claimant';
import { resolveClaimants } from './claimant/resolve-claimants';
import { analyseSentence, type SentenceAnalysis } from './nlp/analyse-sentence';
import { toAsciiDigits } from './nlp/ascii-digits';
import { scoreSentence } from './score-sentence';
import type { Claimant, SuggestOptions, Suggestion } from './suggestion';

/** Sentences scoring below this are not suggested unless `options.threshold` says otherwise. */
export const DEFAULT_THRESHOLD = 0.35;

const OUTLET: Claimant = { name: 'the outlet', kind: 'organisation', attribution: 'outlet' };

/**
 * Ranks the sentences of a text that look worth tagging: check-worthy claims, denials and
 * evidence, each with a score in 0..1, the reasons for it and, for claims and denials, the likely
 * claimant. `sentences` are offsets into `text` (as `segmentText` returns them). Sorted by score,
 * highest first (ties in document order); sentences below the threshold are left out. It only
 * proposes: nothing is tagged.
 */
export function suggest(text: string, sentences: readonly SentenceSpan[], options: SuggestOptions = {}): Suggestion[] {
  return rankSentences(readSentences(text, sentences), options);
}

/** One sentence as the suggester read it: its span, its text, the analysis and who is speaking. */
export interface SentenceReading {
  span: SentenceSpan;
  sentence: string;
  analysis: SentenceAnalysis;
  /** The claimant the sentence (or, for a pronoun, the article before it) names; none if unsaid. */
  claimant: Claimant | undefined;
}

/**
 * Reads every sentence once with wink-nlp and settles its claimant against the sentences before
 * it. Spans without a letter (a rule, a bare number) come back undefined. The costly half of
 * `suggest`, exposed so a caller wanting both suggestions and claimants reads the article once.
 */
export function readSentences(text: string, sentences: readonly SentenceSpan[]): (SentenceReading | undefined)[] {
  const read = sentences.map((span) => {
    const sentence = text.slice(span.start, span.end);
    if (!/\p{L}/u.test(sentence)) return undefined;
    // The English model knows figures only in ASCII digits; an article quoting "٢٠٢٤" or "१५%"
    // means the same numbers, and the swap keeps every offset.
    const analysis = analyseSentence(toAsciiDigits(sentence));
    return { span, sentence, analysis, reading: extractClaimant(analysis) };
  });
  const claimants = resolveClaimants(read.map((r) => r?.reading));
  return read.map((r, index) => r && { span: r.span, sentence: r.sentence, analysis: r.analysis, claimant: claimants[index] });
}

/** Scores sentences read by `readSentences` into ranked suggestions (see `suggest`). */
export function rankSentences(read: readonly (SentenceReading | undefined)[], options: SuggestOptions = {}): Suggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const suggestions: Suggestion[] = [];
  for (const r of read) {
    if (!r) continue;
    const verdict = scoreSentence(r.analysis, r.claimant);
    if (verdict.score < threshold) continue;
    const suggestion: Suggestion = { start: r.span.start, end: r.span.end, text: r.sentence, ...verdict };
    const claimant = verdict.tag === 'evidence' ? undefined : (r.claimant ?? (verdict.tag === 'claim' ? OUTLET : undefined));
    if (claimant) suggestion.claimant = claimant;
    suggestions.push(suggestion);
  }
  suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}
