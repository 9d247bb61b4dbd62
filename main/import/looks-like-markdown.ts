// Front matter: a first line of three dashes, `key: value` lines, and a closing line of dashes.
const FRONT_MATTER = /^---\r?\n(?:[\w-]+:.*\r?\n)+---\r?\n/u;
const ATX_HEADING = /^#{1,6}[ \t]+\S/gmu;
const INLINE_LINK = /\[[^\]\n]+\]\((?:https?:|mailto:|\/|#)[^)\s]*\)/gu;

/**
 * Whether the start of a text file is clearly Markdown rather than prose: front matter, two or
 * more `#` headings, or a `#` heading with a Markdown link. Prose copied from a web page has
 * none of these, and the plain-text route would show their marks as text.
 */
export function looksLikeMarkdown(text: string): boolean {
  if (FRONT_MATTER.test(text)) return true;
  const headings = text.match(ATX_HEADING)?.length ?? 0;
  const links = text.match(INLINE_LINK)?.length ?? 0;
  return headings >= 2 || (headings >= 1 && links >= 1);
}
