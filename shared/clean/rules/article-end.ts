import type { LineRule } from './line-rule';

const END_MARKER =
  /^(?:[-–—(\[]+\s*)?(?:end of (?:the )?(?:article|story|report)|ends?|the end)(?:\s*[-–—)\]]+)?\.?$|^#{3,}$|^[-–—]\s*30\s*[-–—]$/iu;

/** Explicit end-of-article markers: "End of Article", "(Ends)", "-- ENDS --", "###", "-30-". */
export const articleEnd: LineRule = {
  rule: 'article-end',
  reason: 'End-of-article marker',
  matches: (text) => END_MARKER.test(text),
};
