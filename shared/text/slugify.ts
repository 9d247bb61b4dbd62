/**
 * Lower-case ASCII words joined by hyphens, accents folded and everything else dropped, at most
 * `max` characters, cut after a whole word where one fits; `fallback` when nothing is left. For
 * file names and report URLs.
 */
export function slugify(text: string, max: number, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || fallback;
  const cut = slug.slice(0, max + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, max)) || fallback;
}
