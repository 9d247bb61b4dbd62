import type { Block } from '../../../shared/model/article';
import { UserFacingError } from '../../../shared/ipc/result';
import { buildParagraphs } from './build-paragraphs';
import { classifyBlocks } from './classify-blocks';
import { removePageFurniture } from './find-page-furniture';
import { addLineWords, joinLines } from './join-lines';
import { mapInTurns } from './map-in-turns';
import { measureBodyText } from './measure-body-text';
import { orderColumns } from './order-columns';
import type { DroppedPdfText, PageLines } from './pdf-text';
import type { PdfMetadata } from './read-pdf-metadata';

/** A dropped item as the article records it: `line` is its index among everything dropped. */
export type ListedPdfText = DroppedPdfText & { line: number };

/** An article read from a PDF, before it gets an id and a source record. */
export interface PdfArticleParts {
  metadata: { title: string; byline?: string; published?: string };
  blocks: Block[];
  dropped: ListedPdfText[];
  /** The document catalog's /Lang, as written there. */
  lang?: string;
}

/**
 * Builds the article from the lines of every page: drops running heads, feet and page numbers,
 * reads columns in order, rebuilds paragraphs, finds the title and headings. `dropped` also takes
 * `otherDropped` (text set aside while reading pages), in page order; each item's `line` is its
 * index in that list, the same whatever is restored. Items whose index is in `restore` are kept:
 * furniture lines go back where they stood, other text becomes a paragraph at the end of its page.
 * The title is the PDF's own (when it is not a generated one), else the title found on page 1,
 * else the file name.
 * Works in turns (see mapInTurns): a 500-page PDF takes half a second to assemble, which would
 * otherwise hold the import worker's thread, its progress messages and a cancel, in one piece.
 * Rejects with a UserFacingError when no page holds any letters: the file is images only (scanned).
 */
export async function assembleArticle(
  pages: readonly PageLines[],
  otherDropped: readonly DroppedPdfText[],
  info: PdfMetadata,
  fileName: string,
  restore: readonly number[] = [],
): Promise<PdfArticleParts> {
  const all = removePageFurniture(pages);
  const listed = [
    ...all.dropped.map((item, i) => ({ item, source: all.droppedLines[i] })),
    ...otherDropped.map((item) => ({ item, source: undefined })),
  ].sort((a, b) => a.item.page - b.item.page);
  const restored = new Set(restore);
  const keep = new Set(listed.flatMap((entry, i) => (restored.has(i) && entry.source ? [entry.source] : [])));
  const furniture = keep.size > 0 ? removePageFurniture(pages, keep) : all;

  const runs = (await mapInTurns(furniture.pages, (page) => orderColumns(page.lines))).flat();
  const body = measureBodyText(runs);
  const vocabulary = new Set<string>();
  await mapInTurns(runs, (run) => run.forEach((line) => addLineWords(vocabulary, line.text)));
  const paragraphs = buildParagraphs(runs, body);
  const texts = await mapInTurns(paragraphs, (paragraph) =>
    joinLines(
      paragraph.lines.map((line) => line.text),
      vocabulary,
    ),
  );
  const blocks = classifyBlocks(paragraphs, body, texts);
  for (const [i, entry] of listed.entries()) {
    if (restored.has(i) && !entry.source) insertAtEndOfPage(blocks, { type: 'paragraph', text: entry.item.text, page: entry.item.page });
  }
  if (!blocks.some((block) => /\p{L}/u.test(block.text))) {
    throw new UserFacingError(
      'import-failed',
      `"${fileName}" has no text layer (it looks scanned); Factmark cannot read text from images.`,
    );
  }
  const titleBlock = blocks.find((block) => block.type === 'title');
  const metadata: PdfArticleParts['metadata'] = {
    title: info.title ?? titleBlock?.text ?? (fileName.replace(/\.[^.]*$/, '') || 'Untitled article'),
  };
  if (info.byline !== undefined) metadata.byline = info.byline;
  if (info.published !== undefined) metadata.published = info.published;
  const dropped = listed.map((entry, line) => ({ ...entry.item, line })).filter((item) => !restored.has(item.line));
  return { metadata, blocks, dropped };
}

function insertAtEndOfPage(blocks: Block[], block: Block & { page: number }): void {
  const next = blocks.findIndex((candidate) => (candidate.page ?? 0) > block.page);
  blocks.splice(next === -1 ? blocks.length : next, 0, block);
}
