import { countWords } from '../line-text';
import type { LineRule } from './line-rule';

const CHANNELS =
  '(?:facebook|twitter|x|instagram|youtube|whatsapp|telegram|linkedin|threads|tiktok|google news|google|bluesky|mastodon|apple news|flipboard|snapchat|our (?:app|channel|website))';
const FOLLOW_ON = new RegExp(
  `^(?:follow|find|join|like|watch|catch|connect with|add|subscribe to) (?:us|[^\\s]+(?: [^\\s]+){0,3}) on ${CHANNELS}\\b`,
  'iu',
);
const FOLLOW_US =
  /^(?:follow us|stay connected|join (?:our|the) \S+ (?:channel|community)|download (?:the|our) .{1,40} app|get the .{1,40} app)\b/iu;

/** Invitations to follow the site elsewhere: "Follow us on X", "Find us on YouTube", "Download the … app". */
export const followPrompt: LineRule = {
  rule: 'follow-prompt',
  reason: 'Invitation to follow the site on social media or an app',
  matches: (text) => countWords(text) <= 20 && (FOLLOW_ON.test(text) || FOLLOW_US.test(text)),
};
