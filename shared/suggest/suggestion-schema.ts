import { z } from 'zod';

/** A claimant as the suggester reads it (see `Claimant` in suggestion.ts). */
export const foundClaimantSchema = z.strictObject({
  name: z.string().min(1).max(1_000),
  kind: z.enum(['person', 'organisation', 'unknown']),
  role: z.string().max(1_000).optional(),
  attribution: z.enum(['direct-quote', 'paraphrase', 'according-to', 'anonymous', 'outlet']),
});

const offset = z.number().int().nonnegative();

/** One ranked suggestion as it crosses IPC (see `Suggestion` in suggestion.ts). */
export const suggestionSchema = z.strictObject({
  start: offset,
  end: offset,
  text: z.string(),
  tag: z.enum(['claim', 'denial', 'evidence']),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  claimant: foundClaimantSchema.optional(),
});

/**
 * What `document:suggest` answers: the ranked suggestions, highest score first, and the
 * claimant of every sentence that names one (for pre-filling claim records on any sentence,
 * suggested or not). Offsets index the article's plain text. `unsupportedLanguage` is the
 * article's language when the suggester cannot read it (see `unsupportedSuggestLanguage`);
 * both lists are then empty.
 */
export const articleSuggestionsSchema = z.strictObject({
  suggestions: z.array(suggestionSchema),
  claimants: z.array(z.strictObject({ start: offset, end: offset, claimant: foundClaimantSchema })),
  unsupportedLanguage: z.string().max(64).optional(),
});
export type ArticleSuggestions = z.infer<typeof articleSuggestionsSchema>;
