import type { ArticleSuggestions } from '../../shared/suggest/suggestion-schema';

/** One article's plain text for the suggest worker; `id` pairs the answer with its request. */
export interface SuggestRequest {
  id: number;
  text: string;
}

/** The suggest worker's answer to request `id`. */
export type SuggestAnswer = { id: number; ok: true; value: ArticleSuggestions } | { id: number; ok: false; message: string };
