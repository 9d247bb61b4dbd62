import type { LineRule } from './line-rule';

const COOKIE_NOTICE =
  /\b(?:we|this (?:site|website)|our (?:site|website|partners)) (?:use|uses|and our partners use) cookies\b|\b(?:accept|reject|allow|manage|necessary)(?: all)? cookies\b|\bcookie (?:policy|settings|preferences|consent|notice|banner)\b/iu;
const CONSENT_BUTTON = /^(?:accept all|reject all|manage (?:preferences|consent|options|settings)|privacy settings)$/iu;

/** Cookie banners: "We use cookies to …", "Accept all cookies", "Cookie settings". */
export const cookieNotice: LineRule = {
  rule: 'cookie-notice',
  reason: 'Cookie consent banner',
  matches: (text) => (/cookie/iu.test(text) && COOKIE_NOTICE.test(text)) || CONSENT_BUTTON.test(text),
};
