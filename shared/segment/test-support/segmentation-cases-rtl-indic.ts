import type { SegmentationCase } from './segmentation-cases';

/** More news-like cases in ar, fa, he, hi, bn, keyed by language tag (added to SEGMENTATION_CASES_BY_LANGUAGE). */
export const RTL_INDIC_CASES: Readonly<Record<string, readonly SegmentationCase[]>> = {};
