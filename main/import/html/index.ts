export type { ArticleParts, ArticlePartsOptions } from './article-parts';
export type { ImageMark } from './block-builder';
export { decodeHtmlBytes } from './decode-html-bytes';
export {
  htmlToArticleParts,
  MAX_NESTING_DEPTH,
  READABILITY_MAX_CHILDREN,
  READABILITY_MAX_DEPTH,
  READABILITY_MAX_ELEMENTS,
  WHOLE_PAGE_NOTE,
  type HtmlRouteOptions,
} from './html-to-article-parts';
