export type { Attribution, Claimant, SuggestOptions, Suggestion, SuggestionTag } from './suggestion';
export { DEFAULT_THRESHOLD, rankSentences, readSentences, suggest, type SentenceReading } from './suggest';
export { SUGGESTER_LANGUAGES, unsupportedSuggestLanguage } from './suggest-language';
