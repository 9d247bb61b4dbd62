import { cleanBlocks, fallbackTitle } from '../../../shared/clean';
import type { ArticleMetadata, Block, DroppedLine } from '../../../shared/model/article';
import type { HtmlBlock, ImageMark } from './block-builder';

/**
 * What every structured import route (HTML, pasted HTML, Markdown, DOCX) returns: the pieces of
 * an `Article` that come from the file. `blocks` are cleaned and hold plain text with vetted
 * links only. `dropped` lists what cleaning left out; its `line` is the index of the block among
 * the candidates the route found (there are no source lines), and passing it back in
 * `ArticlePartsOptions.restore` keeps that block. `images` are placeholders: `block` indexes
 * `blocks` (it equals `blocks.length` after the last block) and `offset` is the character offset
 * in that block's text; they add no characters, so they never change a sentence. `notes` tell
 * the analyst about content the route could not import (empty when there is none).
 */
export interface ArticleParts {
  metadata: ArticleMetadata;
  blocks: Block[];
  dropped: DroppedLine[];
  images: ImageMark[];
  notes: string[];
}

/**
 * Options every route takes: `fileName` names the source in error messages; `restore` lists
 * dropped candidate indexes the analyst chose to keep; `baseUrl` (an http or https URL) resolves
 * relative links, and defaults to the article's canonical URL when it declares one.
 */
export interface ArticlePartsOptions {
  fileName: string;
  restore?: readonly number[];
  baseUrl?: string;
}

/** What a route found before cleaning: its headline, its blocks and images, its declared metadata. */
export interface FoundArticle {
  headline: string | undefined;
  blocks: readonly HtmlBlock[];
  images: readonly ImageMark[];
  /** Metadata the document declares; `title` is left out, it comes from the headline. */
  declared: Omit<ArticleMetadata, 'title'>;
}

/**
 * Makes the headline the title block: the first heading with the headline's text becomes it in
 * place, or, when the text has no such heading (Readability takes the page's `<h1>` out of the
 * content), it is put first. Then runs the plain-text route's furniture rules over
 * the blocks (`cleanBlocks`), and moves image placeholders onto the kept blocks: an image inside a
 * dropped block goes with it, one standing before a dropped block moves to the next kept block.
 * Declared metadata wins over what credit and copyright blocks said. `title` is the headline; with
 * none, the first sentence or words, as for plain text ('' when nothing is left: the caller then
 * falls back to the file name).
 */
export function assembleArticleParts(found: FoundArticle, restore: readonly number[] = []): ArticleParts {
  const candidates = withTitle(found.blocks, found.headline);
  const shift = candidates.length - found.blocks.length;
  const cleaned = cleanBlocks(candidates, { restore });

  const keptIndex = new Map<HtmlBlock, number>(cleaned.blocks.map((block, index) => [block, index]));
  const images: ImageMark[] = [];
  for (const image of found.images) {
    const at = image.block + shift;
    const candidate = candidates[at];
    const kept = candidate === undefined ? undefined : keptIndex.get(candidate);
    if (kept !== undefined) images.push({ ...image, block: kept });
    else if (image.offset === 0) images.push({ ...image, block: nextKept(candidates, at, keptIndex, cleaned.blocks.length) });
  }

  const title = found.headline ?? fallbackTitle(cleaned.blocks[0]?.text ?? '');
  const metadata: ArticleMetadata = { title, ...cleaned.metadata, ...found.declared };
  return { metadata, blocks: cleaned.blocks.map(toBlock), dropped: cleaned.dropped, images, notes: [] };
}

function withTitle(blocks: readonly HtmlBlock[], headline: string | undefined): HtmlBlock[] {
  if (headline === undefined) return [...blocks];
  const key = normaliseTitle(headline);
  const index = blocks.findIndex((block) => block.type === 'heading' && normaliseTitle(block.text) === key);
  if (index === -1) return [{ type: 'title', text: headline }, ...blocks];
  return blocks.map((block, i) => (i === index ? { ...block, type: 'title' } : block));
}

function normaliseTitle(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function nextKept(candidates: readonly HtmlBlock[], from: number, keptIndex: ReadonlyMap<HtmlBlock, number>, count: number): number {
  for (let i = from; i < candidates.length; i += 1) {
    const kept = keptIndex.get(candidates[i]!);
    if (kept !== undefined) return kept;
  }
  return count;
}

function toBlock(block: HtmlBlock): Block {
  return block.links === undefined ? { type: block.type, text: block.text } : { type: block.type, text: block.text, links: block.links };
}
