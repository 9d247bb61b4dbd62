import { advertisement } from './advertisement';
import { allCapsLabel } from './all-caps-label';
import { articleEnd } from './article-end';
import { continueReading } from './continue-reading';
import { cookieNotice } from './cookie-notice';
import { copyright } from './copyright';
import { followPrompt } from './follow-prompt';
import { imageCredit } from './image-credit';
import { imagePlaceholder } from './image-placeholder';
import type { LineRule } from './line-rule';
import { navigation } from './navigation';
import { newsletter } from './newsletter';
import { relatedLink } from './related-link';
import { sectionLabel } from './section-label';
import { sharePrompt } from './share-prompt';

// Longer lines are prose: no furniture rule needs more, and the cap keeps every test linear.
const MAX_FURNITURE_CHARS = 400;

/**
 * The context-free furniture rules, most specific first: the first that matches names the drop.
 * The all-capitals rule is last because it is the broadest.
 */
export const FURNITURE_RULES: readonly LineRule[] = [
  advertisement,
  cookieNotice,
  relatedLink,
  continueReading,
  sharePrompt,
  followPrompt,
  newsletter,
  copyright,
  imagePlaceholder,
  imageCredit,
  articleEnd,
  sectionLabel,
  navigation,
  allCapsLabel,
];

/** The first furniture rule matching the collapsed line, or undefined when the line is not furniture. */
export function matchFurniture(text: string): LineRule | undefined {
  if (text.length > MAX_FURNITURE_CHARS) return undefined;
  return FURNITURE_RULES.find((rule) => rule.matches(text));
}
