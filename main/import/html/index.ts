export type { ArticleParts, ArticlePartsOptions } from './article-parts';
export type { ImageMark } from './block-builder';
export { decodeHtmlBytes } from './decode-html-bytes';
export { DEEP_PAGE_NOTE, htmlToArticleParts, MAX_NESTING_DEPTH, READABILITY_MAX_DEPTH, type HtmlRouteOptions } from './html-to-article-parts';
