import type { ArticleMetadata } from '../../../shared/model/article';
import { UserFacingError } from '../../../shared/ipc/result';
import { assembleArticleParts, type ArticleParts, type ArticlePartsOptions } from './article-parts';
import { extractArticle, type ReadabilityFields } from './extract-article';
import { findHeadline } from './find-headline';
import { htmlToBlocks } from './html-to-blocks';
import { measureHtmlShape } from './measure-html-shape';
import { normaliseDate } from './normalise-date';
import { buildDocument, parseHtmlTree, type ParsedHtml } from './parse-html';
import { readJsonLd, type JsonLdArticle } from './read-json-ld';
import { readPageMetadata, type PageMetadata } from './read-page-metadata';
import { isWebUrl, safeHref } from './safe-href';

/**
 * Deeper than this the page is refused: no article nests so deep (Chromium's own parser stops
 * nesting at 512), and building a DOM for it would take minutes.
 */
export const MAX_NESTING_DEPTH = 512;
/** Deeper than this Readability is skipped (0.7 s at 200 levels, 22 s at 1,000) and the whole body is read. */
export const READABILITY_MAX_DEPTH = 128;
/**
 * With more elements than this, or more child nodes in one element than READABILITY_MAX_CHILDREN,
 * Readability is skipped too. Its time grows with the square of the children of the story's
 * container (jsdom rebuilds child lists as Readability edits them): 0.4 s at 320 children, 1.1 s
 * at 800, 8 s for a 1 MB page; and it took 4 s over 24,000 elements.
 */
export const READABILITY_MAX_ELEMENTS = 30_000;
/** See READABILITY_MAX_ELEMENTS; text nodes count. A story body rarely has more than a few hundred. */
export const READABILITY_MAX_CHILDREN = 1_000;

/** The note given when a page is too large or too deeply nested for Readability and was read whole. */
export const WHOLE_PAGE_NOTE =
  'The page is too large or too deeply nested to pick out the article, so all of its text was read; check for leftover page furniture.';

/** How a route hands HTML to `htmlToArticleParts`: extract the article from a page, or read all of it. */
export interface HtmlRouteOptions extends ArticlePartsOptions {
  /** 'page' (the default) runs Readability to find the article; 'document' reads the whole body. */
  extract?: 'page' | 'document';
}

/**
 * An HTML page (a saved web page, or HTML pasted from the clipboard, with or without `<html>`)
 * → the parts of an article. The HTML is parsed once by parse5, measured, and built into a DOM
 * by `buildDocument` (or parsed again by `parse`, for comparisons; no browsing context: nothing
 * runs, loads or navigates), the article found by Readability (on a clone; skipped for
 * pages too large or deep for it, with a note), and its blocks read through a whitelist that
 * keeps only text and http/https/mailto links (`htmlToBlocks`), so nothing executable survives by
 * construction. Metadata comes from JSON-LD, then meta tags and OpenGraph, then Readability, then
 * credit lines in the text. The plain-text route's furniture rules then apply to the blocks.
 * Throws a UserFacingError naming `options.fileName` when the page nests too deeply to read.
 * Synchronous: a typical page takes 0.5–1 s, a 1 MB page several seconds.
 */
export function htmlToArticleParts(html: string, options: HtmlRouteOptions, parse?: (html: string) => Document): ArticleParts {
  return parsedHtmlToArticleParts(parseHtmlTree(html), options, parse && (() => parse(html)));
}

/**
 * `htmlToArticleParts` on HTML already parsed into parse5's tree (or built as the HTML parser
 * would build it, as the Markdown route does). `build` makes the DOM; by default `buildDocument`.
 */
export function parsedHtmlToArticleParts(tree: ParsedHtml, options: HtmlRouteOptions, build = () => buildDocument(tree)): ArticleParts {
  const shape = measureHtmlShape(tree);
  const depth = shape.depth;
  if (depth > MAX_NESTING_DEPTH) {
    throw new UserFacingError(
      'import-failed',
      `"${options.fileName}" is not a readable article: its elements nest ${depth} levels deep (the limit is ${MAX_NESTING_DEPTH}).`,
    );
  }
  const document = build();
  const jsonLd = readJsonLd(document);
  const page = readPageMetadata(document);
  const tooBig =
    options.extract !== 'document' &&
    (depth > READABILITY_MAX_DEPTH || shape.elements > READABILITY_MAX_ELEMENTS || shape.widest > READABILITY_MAX_CHILDREN);
  const extracted = extractArticle(document, options.extract !== 'document' && !tooBig);
  const url = firstWebUrl([page.url, jsonLd.url], options.baseUrl);
  const { blocks, images } = htmlToBlocks(extracted.content, options.baseUrl ?? url);
  const titles = [jsonLd.headline, page.title, extracted.fields.title].filter((title) => title !== undefined);
  const headline = findHeadline(document, titles);
  const parts = assembleArticleParts(
    { headline, blocks, images, declared: declaredMetadata(jsonLd, page, extracted.fields, url) },
    options.restore,
  );
  return tooBig ? { ...parts, notes: [WHOLE_PAGE_NOTE] } : parts;
}

const MACHINE_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

function declaredMetadata(
  jsonLd: JsonLdArticle,
  page: PageMetadata,
  readability: ReadabilityFields,
  url: string | undefined,
): Omit<ArticleMetadata, 'title'> {
  const declared: Omit<ArticleMetadata, 'title'> = {};
  const byline = jsonLd.byline ?? page.byline ?? readability.byline;
  if (byline !== undefined) declared.byline = byline.replace(/^by\s+/iu, '');
  const publishedText = [jsonLd.published, page.published, readability.published].find(
    (value) => value !== undefined && normaliseDate(value) !== undefined,
  );
  if (publishedText !== undefined) {
    declared.published = normaliseDate(publishedText)!;
    // A machine-readable date (meta tags, JSON-LD) is no text the article shows; the reader formats `published` instead.
    if (!MACHINE_DATE.test(publishedText.trim())) declared.publishedText = publishedText;
  }
  const site = page.site ?? jsonLd.site ?? readability.site;
  if (site !== undefined) declared.site = site;
  if (url !== undefined) declared.url = url;
  return declared;
}

// The first candidate that is, or resolves against the base to, an http(s) URL; fragments dropped.
function firstWebUrl(candidates: ReadonlyArray<string | undefined>, baseUrl: string | undefined): string | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const href = safeHref(candidate, baseUrl);
    if (href !== undefined && isWebUrl(href)) return href.replace(/#.*$/u, '');
  }
  return undefined;
}
