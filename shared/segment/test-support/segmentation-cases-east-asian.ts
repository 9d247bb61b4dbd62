import type { SegmentationCase } from './segmentation-cases';

/** More news-like cases in zh, ja, ko, keyed by language tag (added to SEGMENTATION_CASES_BY_LANGUAGE). */
export const EAST_ASIAN_CASES: Readonly<Record<string, readonly SegmentationCase[]>> = {};
