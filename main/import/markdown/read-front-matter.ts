/** Metadata from a Markdown file's front matter; every field is a non-empty string. */
export interface FrontMatter {
  title?: string;
  byline?: string;
  published?: string;
  url?: string;
  site?: string;
}

// Front matter longer than this is not front matter (and reading stops there).
const MAX_FRONT_MATTER_LINES = 200;
const MAX_FIELD_CHARS = 500;

const KEYS: Readonly<Record<string, keyof FrontMatter>> = {
  title: 'title',
  headline: 'title',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  date: 'published',
  published: 'published',
  publishdate: 'published',
  date_published: 'published',
  url: 'url',
  canonical: 'url',
  canonical_url: 'url',
  canonicalurl: 'url',
  site: 'site',
  site_name: 'site',
  publication: 'site',
};

/**
 * Splits YAML-style front matter ("---" on the first line, up to a closing "---" or "...") from
 * the Markdown body and reads the few keys that describe an article: title, author(s), date, URL
 * and site. This is deliberately not a YAML parser: only `key: value` lines and `- item` lists
 * under a key are read, quotes around a value are removed, everything else is ignored. A file
 * without a closed block in its first 200 lines has no front matter and is returned whole.
 */
export function readFrontMatter(source: string): { frontMatter: FrontMatter; body: string } {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  if (lines[0]?.trim() !== '---') return { frontMatter: {}, body: source };
  const end = lines.slice(1, MAX_FRONT_MATTER_LINES).findIndex((line) => /^(?:---|\.\.\.)\s*$/u.test(line)) + 1;
  if (end === 0) return { frontMatter: {}, body: source };

  const values = new Map<keyof FrontMatter, string[]>();
  let listFor: keyof FrontMatter | undefined;
  for (const line of lines.slice(1, end)) {
    const item = /^\s+-\s+(.*)$/u.exec(line);
    if (item !== null && listFor !== undefined) {
      values.get(listFor)?.push(unquote(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z_]+)\s*:\s*(.*)$/u.exec(line);
    const field = pair === null ? undefined : KEYS[pair[1]!.toLowerCase()];
    listFor = undefined;
    if (field === undefined || values.has(field)) continue;
    const value = unquote(pair![2]!);
    values.set(field, value === '' ? [] : [value]);
    if (value === '') listFor = field;
  }

  const frontMatter: FrontMatter = {};
  for (const [field, list] of values) {
    const names = list.filter((value) => value !== '' && value.length <= MAX_FIELD_CHARS);
    if (names.length > 0) frontMatter[field] = field === 'byline' ? joinNames(names) : names[0]!;
  }
  return { frontMatter, body: lines.slice(end + 1).join('\n') };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/u.exec(trimmed);
  return (quoted?.[2] ?? trimmed).replace(/\s+/gu, ' ').trim();
}

function joinNames(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
