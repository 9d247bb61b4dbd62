import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { groupLines } from './group-lines';
import type { DroppedPdfText, PageLines } from './pdf-text';
import { toPlacedText, type PdfjsTextItem } from './to-placed-text';

/** One page read: its lines, and any text printed sideways (left out of the article). */
export interface PageReading {
  lines: PageLines;
  sideways: DroppedPdfText[];
}

/** Reads the text of page `page` (1-based) of an open PDF and groups it into lines. */
export async function readPageLines(document: PDFDocumentProxy, page: number): Promise<PageReading> {
  const pdfPage = await document.getPage(page);
  try {
    const content = await pdfPage.getTextContent();
    const items = content.items.filter((item): item is PdfjsTextItem & (typeof content.items)[number] => 'str' in item);
    const placed = toPlacedText(items, pdfPage.view);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = pdfPage.view;
    const sidewaysText = placed
      .filter((run) => !run.upright)
      .map((run) => run.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    return {
      lines: { page, width: x1 - x0, height: y1 - y0, lines: groupLines(placed, page) },
      sideways:
        sidewaysText === ''
          ? []
          : [{ page, text: sidewaysText, rule: 'sideways-text', reason: 'Printed sideways or rotated, outside the text' }],
    };
  } finally {
    pdfPage.cleanup();
  }
}
