import type { Block } from '../../../shared/model/article';
import { UserFacingError } from '../../../shared/ipc/result';
import { buildParagraphs } from './build-paragraphs';
import { classifyBlocks } from './classify-blocks';
import { removePageFurniture } from './find-page-furniture';
import { collectVocabulary } from './join-lines';
import { measureBodyText } from './measure-body-text';
import { orderColumns } from './order-columns';
import type { DroppedPdfText, PageLines } from './pdf-text';
import type { PdfMetadata } from './read-pdf-metadata';

/** An article read from a PDF, before it gets an id and a source record. */
export interface PdfArticleParts {
  metadata: { title: string; byline?: string; published?: string };
  blocks: Block[];
  dropped: DroppedPdfText[];
}

/**
 * Builds the article from the lines of every page: drops running heads, feet and page numbers,
 * reads columns in order, rebuilds paragraphs, finds the title and headings. `dropped` also takes
 * `otherDropped` (text set aside while reading pages), in page order. The title is the PDF's own
 * (when it is not a generated one), else the title found on page 1, else the file name.
 * Throws a UserFacingError when no page holds any letters: the file is images only (scanned).
 */
export function assembleArticle(pages: readonly PageLines[], otherDropped: readonly DroppedPdfText[], info: PdfMetadata, fileName: string): PdfArticleParts {
  const furniture = removePageFurniture(pages);
  const runs = furniture.pages.flatMap((page) => orderColumns(page.lines));
  const body = measureBodyText(runs);
  const vocabulary = collectVocabulary(runs.flat().map((line) => line.text));
  const blocks = classifyBlocks(buildParagraphs(runs, body), body, vocabulary);
  if (!blocks.some((block) => /\p{L}/u.test(block.text))) {
    throw new UserFacingError('import-failed', `"${fileName}" has no text layer (it looks scanned); Factmark cannot read text from images.`);
  }
  const titleBlock = blocks.find((block) => block.type === 'title');
  const metadata: PdfArticleParts['metadata'] = { title: info.title ?? titleBlock?.text ?? (fileName.replace(/\.[^.]*$/, '') || 'Untitled article') };
  if (info.byline !== undefined) metadata.byline = info.byline;
  if (info.published !== undefined) metadata.published = info.published;
  const dropped = [...furniture.dropped, ...otherDropped].sort((a, b) => a.page - b.page);
  return { metadata, blocks, dropped };
}
