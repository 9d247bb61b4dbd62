import type { BlockType, Link } from '../../../shared/model/article';

/** A block read from markup, before cleaning: the article model's block without source lines. */
export interface HtmlBlock {
  type: BlockType;
  text: string;
  links?: Link[];
}

/**
 * Where an image stood, as a placeholder that adds no characters: its alt text, the index of the
 * block it was in (or the block that came next, when it stood between blocks) and the character
 * offset in that block's text. `block` equals the block count for an image after the last block.
 */
export interface ImageMark {
  alt: string;
  block: number;
  offset: number;
}

/** An open link: where it started in the current block and where it points. */
export interface OpenLink {
  start: number;
  href: string;
}

/**
 * Collects the text of one block at a time with HTML's whitespace rules (every run of white
 * space, no-break spaces included, is one space; none at either end), the way a browser's copy
 * of the rendered text reads. Links are ranges over that text; `flush` closes the block.
 */
export class BlockBuilder {
  readonly blocks: HtmlBlock[] = [];
  readonly images: ImageMark[] = [];
  private text = '';
  private links: Link[] = [];
  private openLinks: OpenLink[] = [];
  private pendingImages: Array<{ alt: string; offset: number }> = [];

  /** Adds text, collapsing white space across the boundary with what came before; a block never starts with a space. */
  appendText(data: string): void {
    const collapsed = data.replace(/\s+/gu, ' ');
    this.text += this.text === '' || this.text.endsWith(' ') ? collapsed.replace(/^ /u, '') : collapsed;
  }

  /** True when the current block has text (a trailing space aside). */
  get hasText(): boolean {
    return this.text.trim() !== '';
  }

  /** Starts a link at the current position; it covers the text added until `endLink`, across blocks if need be. */
  beginLink(href: string): OpenLink {
    const link = { start: this.text.length, href };
    this.openLinks.push(link);
    return link;
  }

  /** Ends a link begun with `beginLink`; a link over no text is not kept. */
  endLink(link: OpenLink): void {
    this.openLinks = this.openLinks.filter((open) => open !== link);
    this.addLink(link.start, this.text.length, link.href);
  }

  /** Records an image at the current position; it adds no character to the text. */
  addImage(alt: string): void {
    this.pendingImages.push({ alt: alt.replace(/\s+/gu, ' ').trim(), offset: this.text.length });
  }

  /**
   * Ends the current block as `type`. A block with no text is not kept, and images inside it
   * stand at the start of whichever block comes next. Links still open continue in the next block.
   */
  flush(type: BlockType): void {
    for (const open of this.openLinks) this.addLink(open.start, this.text.length, open.href);
    const text = this.text.trimEnd();
    const block = this.blocks.length;
    for (const image of this.pendingImages) this.images.push({ alt: image.alt, block, offset: Math.min(image.offset, text.length) });
    if (text !== '') {
      const links = this.links.map((link) => ({ ...link, end: Math.min(link.end, text.length) })).filter((link) => link.end > link.start);
      this.blocks.push(links.length > 0 ? { type, text, links } : { type, text });
    }
    this.text = '';
    this.links = [];
    this.pendingImages = [];
    for (const open of this.openLinks) open.start = 0;
  }

  private addLink(start: number, end: number, href: string): void {
    let from = start;
    let to = end;
    while (from < to && this.text[from] === ' ') from += 1;
    while (to > from && this.text[to - 1] === ' ') to -= 1;
    if (to > from) this.links.push({ start: from, end: to, href });
  }
}
