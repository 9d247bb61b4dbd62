import type { SentenceSpan } from '../segment';
import { extractClaimant } from './claimant/extract-claimant';
import { resolveClaimants } from './claimant/resolve-claimants';
import { analyseSentence } from './nlp/analyse-sentence';
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
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const read = sentences.map((span) => {
    const sentence = text.slice(span.start, span.end);
    // A span without a letter (a rule, a bare number) is no sentence to read.
    if (!/\p{L}/u.test(sentence)) return undefined;
    const analysis = analyseSentence(sentence);
    return { span, sentence, analysis, reading: extractClaimant(analysis) };
  });
  const claimants = resolveClaimants(read.map((r) => r?.reading));
  const suggestions: Suggestion[] = [];
  read.forEach((r, index) => {
    if (!r) return;
    const verdict = scoreSentence(r.analysis, claimants[index]);
    if (verdict.score < threshold) return;
    const suggestion: Suggestion = { start: r.span.start, end: r.span.end, text: r.sentence, ...verdict };
    const claimant = verdict.tag === 'evidence' ? undefined : (claimants[index] ?? (verdict.tag === 'claim' ? OUTLET : undefined));
    if (claimant) suggestion.claimant = claimant;
    suggestions.push(suggestion);
  });
  suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}
