import { collapseSpace, countWords } from './line-text';
import { extractMetadata, type CreditMetadata } from './metadata/extract-metadata';
import { STRUCTURAL } from './rules/structural-reasons';
import { markDuplicateTitles } from './structure/find-title';
import { dropLine, isBody, type LineClass, type Page } from './structure/line-class';
import { markDuplicates } from './structure/mark-duplicates';
import { markFurniture } from './structure/mark-furniture';
import { markTrailingFurniture } from './structure/mark-trailing-furniture';
import type { CleanOptions, DroppedLine } from './types';

/** A block found by a structured importer (HTML, Markdown, DOCX) before cleaning. */
export interface CandidateBlock {
  /** 'title' marks the headline; it is never dropped and its repeats are. Other types are not read. */
  type: string;
  text: string;
}

/** What `cleanBlocks` kept, dropped and learned. */
export interface CleanBlocksResult<T extends CandidateBlock> {
  /** The kept candidates, unchanged and in order (so links and other fields stay valid). */
  blocks: T[];
  /** Dropped candidates in order; `line` is the candidate's index in the input list, `text` its text. */
  dropped: DroppedLine[];
  /** Byline and date read from credit blocks in the header, and the owner named by a copyright block. */
  metadata: CreditMetadata & { site?: string };
}

/**
 * Applies the plain-text cleaner's web-furniture rules to blocks whose boundaries a structured
 * importer already knows, so every route drops the same adverts, share prompts, credit lines,
 * repeated headlines, end-of-article lists and duplicate paragraphs.
 *
 * Each candidate becomes one line of a page with a blank line after it, which is exactly how
 * the plain-text passes see separate paragraphs: no candidate is ever joined to another. The
 * passes that only guess structure from line shapes (finding the headline, captions, subheadings,
 * paragraph joining) are not run, because markup already says what each block is; as in plain
 * text, one- and two-word blocks above the headline (section kickers, menus) are dropped as
 * 'before-title'. `restore` takes candidate indexes, as listed in `dropped[].line`.
 */
export function cleanBlocks<T extends CandidateBlock>(candidates: readonly T[], options: CleanOptions = {}): CleanBlocksResult<T> {
  const texts: string[] = [];
  const classes: LineClass[] = [];
  for (const candidate of candidates) {
    const text = collapseSpace(candidate.text);
    texts.push(text, '');
    classes.push(candidate.type === 'title' ? { kind: 'title' } : text === '' ? { kind: 'blank' } : { kind: 'body' }, { kind: 'blank' });
  }
  const page: Page = { texts, classes };

  const credits = extractMetadata(page);
  const site = markFurniture(page, undefined);
  const titleIndex = candidates.findIndex((candidate) => candidate.type === 'title');
  if (titleIndex !== -1) {
    markDuplicateTitles(page, titleIndex * 2);
    dropShortLinesBeforeTitle(page, titleIndex * 2);
  }
  markTrailingFurniture(page, undefined);
  markDuplicates(page, undefined);
  for (const index of options.restore ?? []) {
    if (page.classes[index * 2]?.kind === 'dropped') page.classes[index * 2] = { kind: 'body' };
  }

  const blocks: T[] = [];
  const dropped: DroppedLine[] = [];
  candidates.forEach((candidate, index) => {
    const lineClass = page.classes[index * 2]!;
    if (lineClass.kind === 'dropped') {
      dropped.push({ line: index, text: candidate.text, rule: lineClass.drop.rule, reason: lineClass.drop.reason });
    } else if (lineClass.kind !== 'blank') {
      blocks.push(candidate);
    }
  });
  return { blocks, dropped, metadata: { ...credits, ...(site === undefined ? {} : { site }) } };
}

function dropShortLinesBeforeTitle(page: Page, titleLine: number): void {
  for (let i = 0; i < titleLine; i += 1) {
    if (isBody(page, i) && countWords(page.texts[i]!) < 3) dropLine(page, i, STRUCTURAL.beforeTitle);
  }
}
