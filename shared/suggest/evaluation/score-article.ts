import type { Suggestion } from '../suggestion';
import type { PlacedSentence } from './labelled-article';

/** How many items of an article fell where: the raw counts every figure is computed from. */
export interface ArticleCounts {
  sentences: number;
  /** Sentences labelled claim or denial (the check-worthy class). */
  positives: number;
  /** Claim or denial suggestions among the first ten (or fewer, if fewer were made)… */
  topShown: number;
  /** …and how many of those are labelled claim or denial. */
  topHits: number;
  /** Positives that were suggested as claim or denial at all. */
  positivesFound: number;
  denials: number;
  denialsSuggested: number;
  denialsFound: number;
  evidence: number;
  evidenceSuggested: number;
  evidenceFound: number;
}

/** Precision is read in the first this many check-worthiness suggestions. */
export const PRECISION_CUTOFF = 10;

/**
 * Counts one article's suggestions against its labels. The check-worthiness ranking is the
 * suggestions tagged claim or denial, best first: the list an analyst works down. A suggestion
 * tagged evidence is not in it (evidence is scored on its own), so a labelled claim that the
 * suggester calls evidence counts as missed.
 */
export function scoreArticle(sentences: readonly PlacedSentence[], suggestions: readonly Suggestion[]): ArticleCounts {
  const labelAt = new Map(sentences.map((s) => [s.start, s]));
  const label = (s: Suggestion) => labelAt.get(s.start);
  const isPositive = (s: PlacedSentence | undefined) => s?.label === 'claim' || s?.label === 'denial';
  const ranked = suggestions.filter((s) => s.tag !== 'evidence');
  const top = ranked.slice(0, PRECISION_CUTOFF);
  const denialSuggestions = suggestions.filter((s) => s.tag === 'denial');
  const evidenceSuggestions = suggestions.filter((s) => s.tag === 'evidence');
  return {
    sentences: sentences.length,
    positives: sentences.filter(isPositive).length,
    topShown: top.length,
    topHits: top.filter((s) => isPositive(label(s))).length,
    positivesFound: ranked.filter((s) => isPositive(label(s))).length,
    denials: sentences.filter((s) => s.label === 'denial').length,
    denialsSuggested: denialSuggestions.length,
    denialsFound: denialSuggestions.filter((s) => label(s)?.label === 'denial').length,
    evidence: sentences.filter((s) => s.evidence === true).length,
    evidenceSuggested: evidenceSuggestions.length,
    evidenceFound: evidenceSuggestions.filter((s) => label(s)?.evidence === true).length,
  };
}
