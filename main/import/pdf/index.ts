export { pdfToArticleParts, type PdfImportOptions } from './pdf-to-article-parts';
export type { ListedPdfText, PdfArticleParts } from './assemble-article';
export type { DroppedPdfText } from './pdf-text';
export { loadPdfjs } from './open-pdf-document';
