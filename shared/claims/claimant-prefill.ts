import type { Attribution, Claimant } from '../model/claim-record';
import type { Claimant as FoundClaimant } from '../suggest';

/** A claim record's claimant and attribution as the text suggests them; either may be missing. */
export interface ClaimantPrefill {
  claimant?: Claimant;
  attribution?: Attribution;
}

const ATTRIBUTION: Record<FoundClaimant['attribution'], Attribution> = {
  'direct-quote': 'direct-quote',
  paraphrase: 'paraphrase',
  'according-to': 'according-to',
  anonymous: 'anonymous-source',
  outlet: 'outlet-assertion',
};

/**
 * Turns the suggester's claimant for a sentence into a claim record's pre-fill. A record's
 * claimant is a person or an organisation; where the suggester cannot tell which ("Aldmark
 * said", "a source said", "security experts say") the claimant is left for the analyst to
 * name rather than guessed, and only the attribution is pre-filled. The outlet's own assertion
 * names no claimant. Undefined input (nobody found) pre-fills nothing.
 */
export function prefillClaimant(found: FoundClaimant | undefined): ClaimantPrefill {
  if (!found) return {};
  const attribution = ATTRIBUTION[found.attribution];
  if (found.attribution === 'outlet' || found.kind === 'unknown') return { attribution };
  return { claimant: { name: found.name.slice(0, 300), kind: found.kind, role: (found.role ?? '').slice(0, 300) }, attribution };
}

/** A found claimant tied to the sentence it was read from, offsets into the article's plain text. */
export interface SentenceClaimant {
  start: number;
  end: number;
  claimant: FoundClaimant;
}

/**
 * The claimant for a tagged range: that of the first sentence inside it that names one (a claim
 * spanning "X said… He added…" is X's). Undefined when no sentence inside says who.
 */
export function claimantForRange(found: readonly SentenceClaimant[], range: { start: number; end: number }): FoundClaimant | undefined {
  return found.find((f) => f.start < range.end && f.end > range.start && f.start >= range.start)?.claimant;
}
