export type { SentenceSpan } from './sentence-span';
export { segmentBlock } from './segment-block';
export { segmentText } from './segment-text';
