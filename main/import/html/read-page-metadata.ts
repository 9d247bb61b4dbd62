/** Article metadata read from a page's head: meta tags, OpenGraph, the canonical link, the title. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: string;
  url?: string;
  site?: string;
}

const MAX_FIELD_CHARS = 500;

// Each field's sources, most specific first; `meta:` names match `property`, `name` or `itemprop`.
const SOURCES: Readonly<Record<keyof PageMetadata, readonly string[]>> = {
  title: ['meta:og:title', 'meta:twitter:title', 'meta:dc.title', 'meta:headline', 'title'],
  byline: ['meta:author', 'meta:byl', 'meta:dc.creator', 'meta:parsely-author', 'meta:sailthru.author', 'meta:article:author'],
  published: [
    'meta:article:published_time',
    'meta:datepublished',
    'meta:og:article:published_time',
    'meta:parsely-pub-date',
    'meta:pubdate',
    'meta:publishdate',
    'meta:dc.date',
    'meta:dc.date.issued',
    'meta:date',
    'meta:sailthru.date',
    'time:datepublished',
  ],
  url: ['canonical', 'meta:og:url', 'meta:twitter:url'],
  site: ['meta:og:site_name', 'meta:application-name'],
};

/**
 * Reads the metadata a page declares about itself. Only attribute values and the `<title>` text
 * are read, as plain strings; a URL-shaped author (`article:author` often holds a profile link)
 * is ignored, and "By " is taken off a byline. Fields the page does not declare are absent.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const metas = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = clean(meta.getAttribute('content'));
    if (key !== '' && value !== undefined && !metas.has(key)) metas.set(key, value);
  }
  const lookup = (source: string): string | undefined => {
    if (source.startsWith('meta:')) return metas.get(source.slice(5));
    if (source === 'title') return clean(document.querySelector('title')?.textContent);
    if (source === 'canonical') return clean(document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'));
    if (source === 'time:datepublished')
      return clean(document.querySelector('[itemprop="datePublished" i][datetime]')?.getAttribute('datetime'));
    return undefined;
  };
  const found: PageMetadata = {};
  for (const field of Object.keys(SOURCES) as Array<keyof PageMetadata>) {
    const value = SOURCES[field].map((source) => lookup(source)).find((one) => one !== undefined && usable(field, one));
    if (value !== undefined) found[field] = field === 'byline' ? value.replace(/^by\s+/iu, '') : value;
  }
  return found;
}

function usable(field: keyof PageMetadata, value: string): boolean {
  return field !== 'byline' || !/^https?:\/\//iu.test(value);
}

function clean(value: string | null | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/gu, ' ').trim();
  return collapsed === undefined || collapsed === '' || collapsed.length > MAX_FIELD_CHARS ? undefined : collapsed;
}
