import type { CleanBlock, DroppedLine } from '../types';
import { groupParagraphs } from './group-paragraphs';
import { isBody, type Page } from './line-class';

/**
 * Turns the final line classes into blocks in source order: one block per title, heading and
 * body paragraph (adjacent body lines joined by `groupParagraphs`), and one per caption together
 * with the credit lines that continue it. Block text is the lines joined with single spaces.
 */
export function buildBlocks(page: Page, wrapWidth: number | undefined): CleanBlock[] {
  const blocks: CleanBlock[] = [];
  const paragraphs = groupParagraphs(page.texts, (i) => isBody(page, i), wrapWidth);
  let nextParagraph = 0;
  for (let i = 0; i < page.classes.length; i += 1) {
    const lineClass = page.classes[i]!;
    switch (lineClass.kind) {
      case 'blank':
      case 'dropped':
        break;
      case 'title':
      case 'heading':
        blocks.push(block(page, lineClass.kind, i, i));
        break;
      case 'caption': {
        let last = i;
        while (isContinuedCaption(page, last + 1)) last += 1;
        blocks.push(block(page, 'caption', i, last));
        i = last;
        break;
      }
      case 'body': {
        const [first, last] = paragraphs[nextParagraph]!;
        nextParagraph += 1;
        blocks.push(block(page, 'paragraph', first, last));
        i = last;
        break;
      }
    }
  }
  return blocks;
}

/** The dropped lines in source order, each with its text exactly as in `rawLines`. */
export function listDropped(page: Page, rawLines: readonly string[]): DroppedLine[] {
  const dropped: DroppedLine[] = [];
  page.classes.forEach((lineClass, line) => {
    if (lineClass.kind === 'dropped')
      dropped.push({ line, text: rawLines[line]!, rule: lineClass.drop.rule, reason: lineClass.drop.reason });
  });
  return dropped;
}

function isContinuedCaption(page: Page, index: number): boolean {
  const lineClass = page.classes[index];
  return lineClass?.kind === 'caption' && lineClass.continues;
}

function block(page: Page, type: CleanBlock['type'], first: number, last: number): CleanBlock {
  return { type, text: page.texts.slice(first, last + 1).join(' '), lines: [first, last] };
}
