import type { SentenceAnalysis } from '../nlp/analyse-sentence';
import { isNegator } from '../nlp/token-text';
import type { Cue } from './cue';
import { ACCUSATION_LEMMAS, findAccordingTo, isReportingVerb } from './reporting-verbs';

/**
 * Attribution cues: a reporting verb ("said", "told", "insisted"), "according to", and accusation
 * verbs ("accused", "alleged"), which mark a contested claim and weigh a little extra.
 */
export function findReporting(analysis: SentenceAnalysis): Cue[] {
  const cues: Cue[] = [];
  // "has not said", "did not say": a statement not made is nothing to check.
  const verb = analysis.tokens.find(
    (t, i) => isReportingVerb(t) && !isNegator(analysis.tokens[i - 1]) && !isNegator(analysis.tokens[i - 2]),
  );
  if (verb) cues.push({ kind: 'reporting', weight: 0.3, reason: `reporting verb '${verb.text}'` });
  if (findAccordingTo(analysis.tokens).length > 0) {
    cues.push({ kind: 'reporting', weight: 0.3, reason: "attribution 'according to'" });
  }
  const accusation = analysis.tokens.find((t) => (t.pos === 'VERB' || t.pos === 'NOUN') && ACCUSATION_LEMMAS.has(t.lemma));
  if (accusation) cues.push({ kind: 'accusation', weight: 0.2, reason: `accusation '${accusation.text}'` });
  return cues;
}
