export type { ArticleMetadata, BlockType, CleanBlock, CleanOptions, CleanResult, DroppedLine } from './types';
export type { CandidateBlock, CleanBlocksResult } from './clean-blocks';
export { cleanBlocks } from './clean-blocks';
export { cleanPlainText } from './clean-plain-text';
export { findDate } from './metadata/parse-date';
export { fallbackTitle } from './structure/fallback-title';
