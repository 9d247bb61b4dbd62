/**
 * Lower-case ASCII words joined by hyphens, accents folded and everything else dropped, at most
 * `max` characters; `fallback` when nothing is left. For file names and report URLs.
 */
export function slugify(text: string, max: number, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || fallback;
}
