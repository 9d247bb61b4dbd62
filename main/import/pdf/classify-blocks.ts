import type { Block } from '../../../shared/model/article';
import type { Paragraph } from './build-paragraphs';
import type { BodyText } from './measure-body-text';

// Text set this much larger than the body is display type: a heading, or the title.
const DISPLAY_SIZE = 1.15;
const HEADING_MAX_LINES = 3;
const HEADING_MAX_CHARACTERS = 160;
const BULLET = /^[•◦▪▫■□●○‣⁃∙*]\s+/;

/**
 * Turns paragraphs into article blocks with their page numbers; `texts[i]` is paragraph i's lines
 * joined (see joinLines). Short paragraphs in display type (clearly larger than the body) are
 * headings; the largest of them on page 1 is the title, if it is set at least as large as every
 * heading after it. List items stay list items, without their bullet. Everything else is a
 * paragraph; a paragraph whose text is empty is left out.
 */
export function classifyBlocks(paragraphs: readonly Paragraph[], body: BodyText, texts: readonly string[]): Block[] {
  const blocks = paragraphs.map((p, i) => ({
    text: texts[i] ?? '',
    page: p.page,
    size: Math.max(...p.lines.map((l) => l.size)),
    display: isDisplay(p, body),
    listItem: p.listItem,
  }));
  const headingSizes = blocks.filter((b) => b.display).map((b) => b.size);
  const title = blocks.find((b) => b.display && b.page === 1 && b.size >= Math.max(...headingSizes));
  return blocks
    .filter((b) => b.text !== '')
    .map((b): Block => {
      if (b === title) return { type: 'title', text: b.text, page: b.page };
      if (b.display) return { type: 'heading', text: b.text, page: b.page };
      // A bullet is decoration; an enumerator stays, since the text may refer to "point 3".
      if (b.listItem) return { type: 'list-item', text: b.text.replace(BULLET, ''), page: b.page };
      return { type: 'paragraph', text: b.text, page: b.page };
    });
}

function isDisplay(paragraph: Paragraph, body: BodyText): boolean {
  const size = Math.max(...paragraph.lines.map((l) => l.size));
  const characters = paragraph.lines.reduce((n, l) => n + l.text.length, 0);
  return size >= DISPLAY_SIZE * body.size && paragraph.lines.length <= HEADING_MAX_LINES && characters <= HEADING_MAX_CHARACTERS;
}
