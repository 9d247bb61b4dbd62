export type { Attribution, Claimant, SuggestOptions, Suggestion, SuggestionTag } from './suggestion';
export { DEFAULT_THRESHOLD, suggest } from './suggest';
