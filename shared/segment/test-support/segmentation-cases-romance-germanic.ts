import type { SegmentationCase } from './segmentation-cases';

/** More news-like cases in pt, fr, it, nl, keyed by language tag (added to SEGMENTATION_CASES_BY_LANGUAGE). */
export const ROMANCE_GERMANIC_CASES: Readonly<Record<string, readonly SegmentationCase[]>> = {};
