import { countWords } from '../line-text';
import type { LineRule } from './line-rule';

const PROMPT =
  /^(?:continue reading|read more|read (?:the )?(?:full|whole|rest of the) (?:story|article)|keep reading|read on|show more|load more|see more|view more|more stories|view (?:all )?comments|show comments|view all|see all|click here|tap here|click to|tap to)\b/iu;
const CLICK_HERE = /\b(?:click|tap) here\b/iu;

/** Page controls that reveal more content: "Continue reading", "Read more", "Load more", "Click here to …". */
export const continueReading: LineRule = {
  rule: 'continue-reading',
  reason: 'Page control that shows more content',
  matches: (text) => {
    const words = countWords(text);
    return (words <= 25 && PROMPT.test(text)) || (words <= 40 && CLICK_HERE.test(text));
  },
};
