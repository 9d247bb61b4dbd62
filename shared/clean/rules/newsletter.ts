import { countWords } from '../line-text';
import type { LineRule } from './line-rule';

// Lines that start like this are account or subscription prompts on their own.
const ACCOUNT_PROMPT =
  /^(?:subscribe|sign up|sign in|log ?in|register|create (?:a|an|your) (?:free )?account|enter your email|your email address|email address|already (?:a subscriber|subscribed|have an account|registered)|by (?:signing up|subscribing|clicking sign up)|(?:thank you|thanks) for (?:signing up|subscribing)|unsubscribe)\b/iu;
// Softer openings count only when the line also speaks of subscriptions.
const SOFT_PROMPT =
  /^(?:get|want|stay|(?:don[’']t|never) miss|receive|the best of|our|free|sign|join|be the first|this newsletter|newsletter)\b/iu;
const SUBSCRIPTION_WORD = /\b(?:newsletters?|inbox|sign(?:ing)? up|subscribe|subscription|briefing|email alerts?|notifications)\b/iu;

// es, pt, fr, de, it, ru, ar, hi: "Suscríbete a nuestro boletín", "Assine a newsletter", "Abonnez-vous",
// "Jetzt Newsletter abonnieren", "Iscriviti", "Подпишитесь", "اشترك في النشرة", "सब्सक्राइब करें".
const ACCOUNT_PROMPT_OTHER =
  /^(?:suscríbete|suscríbase|suscribirse|assine|inscreva-se|cadastre-se|abonnez-vous|inscrivez-vous|(?:jetzt )?(?:(?:den )?newsletter )?abonnieren|melden sie sich (?:jetzt )?(?:für|zum)|iscriviti|abbonati|подпишитесь|اشترك|اشتركوا|सब्सक्राइब करें|न्यूज़लेटर)(?=[\s,.!:]|$)/iu;

/** Newsletter and account sign-ups: "Sign up for our Morning Brief newsletter", "Subscribe", "Get … in your inbox". */
export const newsletter: LineRule = {
  rule: 'newsletter',
  reason: 'Newsletter or account sign-up prompt',
  matches: (text) =>
    countWords(text) <= 30 &&
    (ACCOUNT_PROMPT.test(text) || ACCOUNT_PROMPT_OTHER.test(text) || (SOFT_PROMPT.test(text) && SUBSCRIPTION_WORD.test(text))),
};
