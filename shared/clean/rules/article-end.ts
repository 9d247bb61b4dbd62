import type { LineRule } from './line-rule';

const END_MARKER =
  /^(?:[-–—(\[]+\s*)?(?:end of (?:the )?(?:article|story|report)|ends?|the end)(?:\s*[-–—)\]]+)?\.?$|^#{3,}$|^[-–—]\s*30\s*[-–—]$|^[(（\[【]?\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*\S{1,20}\s*[)）\]】]?$|^[(（]完[)）]$/iu;

/**
 * Explicit end-of-article markers: "End of Article", "(Ends)", "-- ENDS --", "###", "-30-", and
 * the editor line that closes a Chinese news story ("责任编辑：张华", "（完）").
 */
export const articleEnd: LineRule = {
  rule: 'article-end',
  reason: 'End-of-article marker',
  matches: (text) => END_MARKER.test(text),
};
