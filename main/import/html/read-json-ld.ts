/** What a page's JSON-LD says about its article; every field is a trimmed, non-empty string. */
export interface JsonLdArticle {
  headline?: string;
  byline?: string;
  published?: string;
  url?: string;
  site?: string;
}

// Anything schema.org calls an article (NewsArticle, ReportageNewsArticle, OpinionNewsArticle, …).
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/u;
// Limits that keep a hostile block cheap: its size, how many values are looked at, field length.
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_VALUES = 10_000;
const MAX_FIELD_CHARS = 500;

/**
 * Reads article metadata from the page's `<script type="application/ld+json">` blocks, which are
 * only ever parsed as JSON here, never run. Tolerates everything pages get wrong: invalid JSON,
 * arrays, `@graph`, `@type` as a list, authors as strings, objects or lists, the publisher as a
 * string or object, `mainEntityOfPage` for the URL. The first article-typed object wins; anything
 * that is not a string of sensible length is ignored. Returns {} when there is nothing usable.
 */
export function readJsonLd(document: Document): JsonLdArticle {
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/^\s*application\/ld\+json\s*$/iu.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const article = findArticle(parseJson(text));
    if (article !== undefined) return describeArticle(article);
  }
  return {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Breadth-first over arrays and @graph lists, so a top-level article beats one nested in another.
function findArticle(root: unknown): Record<string, unknown> | undefined {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < MAX_VALUES; i += 1) {
    const value = queue[i];
    if (Array.isArray(value)) {
      queue.push(...(value as unknown[]).slice(0, MAX_VALUES));
    } else if (isRecord(value)) {
      if (typesOf(value).some((type) => ARTICLE_TYPE.test(type))) return value;
      const graph: unknown = value['@graph'];
      if (Array.isArray(graph)) queue.push(...(graph as unknown[]).slice(0, MAX_VALUES));
    }
  }
  return undefined;
}

function describeArticle(article: Record<string, unknown>): JsonLdArticle {
  const fields: JsonLdArticle = {
    headline: text(article.headline) ?? text(article.name),
    byline: authorsOf(article.author),
    published: text(article.datePublished) ?? text(article.dateCreated),
    url: text(article.url) ?? idOf(article.mainEntityOfPage),
    site: text(article.publisher) ?? (isRecord(article.publisher) ? text(article.publisher.name) : undefined),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function authorsOf(author: unknown): string | undefined {
  const list = (Array.isArray(author) ? author : [author]).slice(0, 20);
  const names = list
    .map((one) => text(one) ?? (isRecord(one) ? text(one.name) : undefined))
    .filter((name): name is string => name !== undefined && !/^https?:\/\//iu.test(name));
  return names.length > 0 ? joinNames(names) : undefined;
}

function joinNames(names: string[]): string {
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

function idOf(value: unknown): string | undefined {
  return text(value) ?? (isRecord(value) ? (text(value['@id']) ?? text(value.url)) : undefined);
}

function typesOf(value: Record<string, unknown>): string[] {
  const type = value['@type'];
  return (Array.isArray(type) ? type : [type]).filter((one): one is string => typeof one === 'string');
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const collapsed = value.replace(/\s+/gu, ' ').trim();
  return collapsed === '' || collapsed.length > MAX_FIELD_CHARS ? undefined : collapsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
