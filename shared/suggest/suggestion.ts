/** The tags a suggestion can propose; the same three the analyst applies by hand. */
export type SuggestionTag = 'claim' | 'denial' | 'evidence';

/** How the text attributes a statement to its claimant. */
export type Attribution = 'direct-quote' | 'paraphrase' | 'according-to' | 'anonymous' | 'outlet';

/**
 * Who made a claim or denial, as far as the sentence (and the article before it) says. A
 * pre-fill for the analyst to edit, never a fact: `kind` is `unknown` when the text does not
 * tell a person from an organisation ("Aldmark said"). `attribution: 'outlet'` means no one
 * else is named: the article asserts it itself.
 */
export interface Claimant {
  name: string;
  kind: 'person' | 'organisation' | 'unknown';
  /** The claimant's title or function as the text gives it ("Kremlin spokesman"). */
  role?: string;
  attribution: Attribution;
}

/**
 * One ranked suggestion: the sentence at `start..end` of the plain text (its exact `text`), the
 * tag proposed, a check-worthiness score in 0..1 and the human-readable reasons for both.
 */
export interface Suggestion {
  start: number;
  end: number;
  text: string;
  tag: SuggestionTag;
  score: number;
  reasons: string[];
  claimant?: Claimant;
}

/** Options for `suggest`. */
export interface SuggestOptions {
  /** Sentences scoring below this are left out (default `DEFAULT_THRESHOLD`). */
  threshold?: number;
  /** At most this many suggestions, best first (default: all above the threshold). */
  limit?: number;
}
