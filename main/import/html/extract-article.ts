import { Readability } from '@mozilla/readability';

/** What Readability says about the page besides its content; fields it could not find are absent. */
export interface ReadabilityFields {
  title?: string;
  byline?: string;
  site?: string;
  published?: string;
}

/** The subtree holding the article, and Readability's own metadata when it ran. */
export interface ExtractedArticle {
  content: Node;
  fields: ReadabilityFields;
}

/**
 * Finds the article inside a page with Mozilla Readability, run on a clone (Readability rewrites
 * the document it reads). `<base>` elements are removed from the clone first, so the page cannot
 * point its relative links elsewhere; relative links stay relative for the caller to resolve.
 * Readability extracts and does not sanitise: its content keeps `onerror` and other handlers, so
 * the caller must read it only through a whitelist. When `useReadability` is false, Readability
 * fails, or it finds no text, the whole body is the content (the cleaning rules still apply).
 */
export function extractArticle(document: Document, useReadability: boolean): ExtractedArticle {
  const whole: ExtractedArticle = { content: document.body ?? document.documentElement, fields: {} };
  if (!useReadability) return whole;
  const clone = document.cloneNode(true) as Document;
  for (const base of clone.querySelectorAll('base')) base.remove();
  let result: ReturnType<Readability<Node>['parse']>;
  try {
    result = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: false }).parse();
  } catch {
    return whole;
  }
  if (result === null || !result.content || (result.content.textContent ?? '').trim() === '') return whole;
  const fields: ReadabilityFields = {
    title: text(result.title),
    byline: text(result.byline),
    site: text(result.siteName),
    published: text(result.publishedTime),
  };
  return {
    content: result.content,
    fields: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  };
}

function text(value: string | null | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/gu, ' ').trim();
  return collapsed === undefined || collapsed === '' ? undefined : collapsed;
}
