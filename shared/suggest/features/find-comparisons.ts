import type { SentenceAnalysis, Token } from '../nlp/analyse-sentence';
import type { Cue } from './cue';

// Verbs of change: "rose to", "fell by", "doubled" state a comparison with an earlier value.
const CHANGE_LEMMAS = new Set([
  'rise',
  'fall',
  'increase',
  'decrease',
  'drop',
  'grow',
  'double',
  'halve',
  'triple',
  'surge',
  'climb',
  'decline',
  'soar',
  'plunge',
  'shrink',
  'jump',
  'slump',
  'rebound',
  'recover',
  'overtake',
  'exceed',
]);
const EXTREMES = new Set(['best', 'worst', 'most', 'least', 'fewest', 'record', 'biggest', 'highest', 'lowest']);
// Comparative-looking words that only place things in time or order.
const NOT_COMPARISONS = new Set([
  'later',
  'latest',
  'earlier',
  'earliest',
  'further',
  'farther',
  'former',
  'latter',
  'over',
  'under',
  'never',
  'ever',
]);

/**
 * Comparisons: comparative and superlative adjectives and adverbs (wink-nlp lemmatises "largest"
 * to "large", so a form that differs from its lemma by -er/-est is graded), "more/less/fewer …
 * than", extremes ("record", "worst") and verbs of change ("rose", "halved").
 */
export function findComparisons(analysis: SentenceAnalysis): Cue[] {
  const { tokens } = analysis;
  const graded = tokens.find((t) => isGraded(t) || (EXTREMES.has(t.lower) && t.pos !== 'VERB'));
  const than = tokens.findIndex((t) => t.lower === 'than');
  const change = tokens.find((t) => t.pos === 'VERB' && CHANGE_LEMMAS.has(t.lemma));
  const cues: Cue[] = [];
  if (graded) cues.push({ kind: 'comparison', weight: 0.25, reason: `comparison '${graded.text}'` });
  else if (than > 0) cues.push({ kind: 'comparison', weight: 0.25, reason: `comparison '${tokens[than - 1]?.text ?? ''} than'` });
  if (change) cues.push({ kind: 'comparison', weight: 0.2, reason: `change '${change.text}'` });
  return cues;
}

function isGraded(token: Token): boolean {
  if (token.pos !== 'ADJ' && token.pos !== 'ADV') return false;
  if (NOT_COMPARISONS.has(token.lower) || token.lemma === token.lower) return false;
  return /(er|est)$/.test(token.lower);
}
