import type { SegmentationCase } from './segmentation-cases';

/** More news-like cases in pl, ru, uk, tr, keyed by language tag (added to SEGMENTATION_CASES_BY_LANGUAGE). */
export const SLAVIC_TURKIC_CASES: Readonly<Record<string, readonly SegmentationCase[]>> = {};
