export { docxToArticleParts, EMBEDDED_HTML_NOTE } from './docx-to-article-parts';
