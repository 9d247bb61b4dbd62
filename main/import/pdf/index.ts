export { pdfToArticleParts, type PdfImportOptions } from './pdf-to-article-parts';
export type { ListedPdfText, PdfArticleParts } from './assemble-article';
export type { DroppedPdfText } from './pdf-text';
export { loadPdfjs, openPdfDocument, type OpenPdf } from './open-pdf-document';
export { readPageLines, type PageReading } from './read-page-lines';
export { HELPER_FROM_PAGES, HelperGone, type PageHelper } from './read-pages';
