export { analyseClaimText, type AnalysedText } from './analyse-claim-text';
export {
  createSimilarIndex,
  DEFAULT_SIMILAR_THRESHOLD,
  loadSimilarIndex,
  SIMILAR_INDEX_FORMAT,
  type SimilarIndex,
  type SimilarQuery,
  type SimilarSearchOptions,
} from './similar-index';
export type { SimilarEntry, SimilarKind, SimilarMatch } from './similar-entry';
export { claimEntryKey, entriesFromLayer, entryFromFactCheck } from './similar-entries';
