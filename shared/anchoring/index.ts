export type { AnnotationSelectors, TextPositionSelector, TextQuoteSelector } from './selectors';
export type { AnchorOptions, AnchorResult, Candidate } from './result';
export { CONTEXT_LENGTH, describe } from './describe';
export { AMBIGUITY_MARGIN, MIN_SCORE, POSITION_DOMINANCE } from './decide';
export { anchor } from './anchor';
export { anchorAll } from './anchor-all';
