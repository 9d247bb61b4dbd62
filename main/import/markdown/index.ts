export { markdownToArticleParts } from './markdown-to-article-parts';
