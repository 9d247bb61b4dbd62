import { TAG_LETTERS } from '../labels/tag-labels';

const TAG_LETTER_SET = new Set(Object.values(TAG_LETTERS));

/**
 * The initials a colleague's review badge shows: their own, unless those are a single tag letter
 * ("C" for Colin beside a claim's "C"); then the first two letters of their name ("Co"), so a
 * badge never reads as a tag.
 */
export function badgeInitials(initials: string, name: string): string {
  if (!TAG_LETTER_SET.has(initials.toUpperCase())) return initials;
  const letters = [...name].filter((ch) => /\p{L}/u.test(ch));
  return letters.length >= 2 ? `${letters[0]!.toUpperCase()}${letters[1]!.toLowerCase()}` : `${initials}·`;
}
