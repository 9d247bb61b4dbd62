import { findComparisons } from './features/find-comparisons';
import { findDenials } from './features/find-denials';
import { findEvidence } from './features/find-evidence';
import { findNamedEntities } from './features/find-named-entities';
import { findOpinion } from './features/find-opinion';
import { findProcedural } from './features/find-procedural';
import { findQuantities } from './features/find-quantities';
import { findReporting } from './features/find-reporting';
import type { Cue } from './features/cue';
import type { SentenceAnalysis } from './nlp/analyse-sentence';
import type { Claimant, SuggestionTag } from './suggestion';

/** A sentence's suggested tag, its check-worthiness and the reasons behind both. */
export interface SentenceScore {
  tag: SuggestionTag;
  score: number;
  reasons: string[];
}

/** A denial cue at least this strong makes the sentence a denial whatever else it contains. */
const FIRM_DENIAL = 0.5;

/**
 * Scores one analysed sentence, given who (if anyone) the article says is speaking. The tag: a firm denial cue wins; else a cited source makes it
 * evidence; else a weak denial cue (a negation in reported words) makes it a denial only when the
 * sentence carries no figure or comparison, which would make it a claim of its own; else claim.
 * The score combines the cues that support that tag as independent chances, 1 − Π(1 − weight),
 * then takes away the procedural shares (schedules, questions, very short sentences — but never
 * from a firm denial, since "The ministry disputes that." is short and exactly what is wanted).
 */
export function scoreSentence(analysis: SentenceAnalysis, claimant?: Claimant): SentenceScore {
  const general = [
    ...findQuantities(analysis),
    ...findReporting(analysis),
    ...attributionCue(claimant),
    ...findComparisons(analysis),
    ...findNamedEntities(analysis),
  ];
  const denials = findDenials(analysis);
  const evidence = findEvidence(analysis);
  const strongestDenial = denials[0]?.weight ?? 0;
  const figured = general.some((c) => c.kind === 'quantity' || c.kind === 'comparison');
  // A judging word beside a comparison with no figure ("a disgrace, residents deserve better")
  // is still a view: only a figure makes it something to check.
  const counted = general.some((c) => c.kind === 'quantity');
  const procedural = [...findProcedural(analysis), ...findOpinion(analysis, counted)];

  let tag: SuggestionTag = 'claim';
  if (strongestDenial >= FIRM_DENIAL) tag = 'denial';
  else if (evidence.length > 0) tag = 'evidence';
  else if (denials.length > 0 && !figured) tag = 'denial';

  const supporting: Cue[] = [...(tag === 'denial' ? denials : []), ...(tag === 'evidence' ? evidence : []), ...general];
  const penalties = tag === 'denial' && strongestDenial >= FIRM_DENIAL ? [] : procedural;
  const chance = 1 - supporting.reduce((miss, cue) => miss * (1 - cue.weight), 1);
  const score = penalties.reduce((s, cue) => s * (1 - cue.weight), chance);
  return { tag, score: round(score), reasons: [...supporting, ...penalties].map((cue) => cue.reason) };
}

/** A statement pinned on an identified party is more worth checking than one in the air. */
function attributionCue(claimant: Claimant | undefined): Cue[] {
  if (!claimant || claimant.attribution === 'outlet' || claimant.attribution === 'anonymous') return [];
  return [{ kind: 'reporting', weight: 0.1, reason: `attributed to ${claimant.name}` }];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
