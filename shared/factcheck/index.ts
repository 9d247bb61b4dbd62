export { factCheckSchema, factChecksFileSchema, FACT_CHECKS_SCHEMA_VERSION, type FactCheck, type FactChecksFile } from './fact-check';
export { DEFAULT_RATING_GROUPS, foldRating, mapRating, type RatingGroups } from './rating-groups';
export { readClaimReviewBlocks, readClaimReviews, type ClaimReviewItem, type ReadReviews, type SkippedReview } from './read-claim-reviews';
export { factCheckKey, mergeFactChecks, type FlaggedReview, type MergedFactChecks } from './merge-fact-checks';
export { remapFactChecks, storedRatings, unmappedFlag, type RemappedFactChecks } from './remap-fact-checks';
