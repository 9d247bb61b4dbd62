import { collapseSpace } from './line-text';
import { extractMetadata } from './metadata/extract-metadata';
import { buildBlocks, listDropped } from './structure/build-blocks';
import { fallbackTitle } from './structure/fallback-title';
import { findTitle, markDuplicateTitles } from './structure/find-title';
import { estimateWrapWidth } from './structure/group-paragraphs';
import type { LineClass, Page } from './structure/line-class';
import { markCaptions } from './structure/mark-captions';
import { markDuplicates } from './structure/mark-duplicates';
import { markFurniture } from './structure/mark-furniture';
import { markHeadings } from './structure/mark-headings';
import { markTrailingFurniture } from './structure/mark-trailing-furniture';
import type { ArticleMetadata, CleanOptions, CleanResult } from './types';

/**
 * Cleans plain text copied from a news web page into an article: title, byline and date go into
 * `metadata`; the body becomes title, heading, paragraph and caption blocks; web furniture,
 * repeated headlines and duplicates are dropped. Nothing is lost: every non-blank source line
 * (split on CR LF, CR or LF) is inside exactly one block or listed in `dropped` with its rule.
 *
 * The passes run in a fixed order, each deciding only lines still undecided: credit lines,
 * furniture rules, headline, repeated headlines, the end of the article, captions, subheadings,
 * duplicate paragraphs. `options.restore` is applied last, so restoring a line changes no other
 * decision: the line simply becomes (part of) a paragraph in its place. Text with no headline-shaped
 * first line gets no title block, and `metadata.title` is then its first sentence or words.
 */
export function cleanPlainText(source: string, options: CleanOptions = {}): CleanResult {
  const rawLines = source.split(/\r\n|\r|\n/u);
  const texts = rawLines.map(collapseSpace);
  const page: Page = { texts, classes: texts.map((text): LineClass => (text === '' ? { kind: 'blank' } : { kind: 'body' })) };
  const wrapWidth = estimateWrapWidth(texts);

  const credits = extractMetadata(page);
  const copyrightSite = markFurniture(page, wrapWidth);
  const title = findTitle(page, wrapWidth);
  if (title.index !== undefined) markDuplicateTitles(page, title.index);
  markTrailingFurniture(page, wrapWidth);
  markCaptions(page);
  markHeadings(page, wrapWidth);
  markDuplicates(page, wrapWidth);
  restoreLines(page, options.restore ?? []);

  const blocks = buildBlocks(page, wrapWidth);
  const firstText = blocks[0]?.text ?? '';
  const site = title.site ?? copyrightSite;
  const metadata: ArticleMetadata = {
    title: title.index === undefined ? fallbackTitle(firstText) : texts[title.index]!,
    ...credits,
    ...(site === undefined ? {} : { site }),
  };
  return { metadata, blocks, dropped: listDropped(page, rawLines) };
}

function restoreLines(page: Page, lines: readonly number[]): void {
  for (const line of lines) {
    if (page.classes[line]?.kind === 'dropped') page.classes[line] = { kind: 'body' };
  }
}
