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

// es, pt, fr, de, it, ru: the opening words say "follow us" on their own ("Síguenos en Twitter",
// "Siga-nos no Instagram", "Suivez-nous sur X", "Folgen Sie uns auf Facebook").
const FOLLOW_US_OTHER =
  /^(?:síguenos|sígannos|siga-nos|sigam-nos|segue-nos|suivez-nous|retrouvez-nous|folgen sie uns|folge uns|seguici|подписывайтесь на нас|следите за нами)(?=[\s,.!:]|$)/iu;
// Arabic "تابعونا على تويتر" and Hindi "हमें ट्विटर पर फॉलो करें" (follow us on Twitter).
const FOLLOW_US_AR_HI = /^(?:تابعونا|تابعنا)(?:\s|$)|^हमें\s.{1,40}\sपर\s(?:फॉलो|फ़ॉलो)\sकरें/u;

/**
 * Invitations to follow the site elsewhere: "Follow us on X", "Find us on YouTube", "Download the
 * … app", and in es, pt, fr, de, it, ru, ar, hi "Síguenos en Twitter", "Suivez-nous…",
 * "تابعونا على تويتر". Anchored at the line's start, so prose about following someone stays.
 */
export const followPrompt: LineRule = {
  rule: 'follow-prompt',
  reason: 'Invitation to follow the site on social media or an app',
  matches: (text) =>
    countWords(text) <= 20 && (FOLLOW_ON.test(text) || FOLLOW_US.test(text) || FOLLOW_US_OTHER.test(text) || FOLLOW_US_AR_HI.test(text)),
};
