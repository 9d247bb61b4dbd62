export type { ArticleMetadata, BlockType, CleanBlock, CleanOptions, CleanResult, DroppedLine } from './types';
export { cleanPlainText } from './clean-plain-text';
