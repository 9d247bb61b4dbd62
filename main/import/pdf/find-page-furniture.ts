import type { DroppedPdfText, PageLines, TextLine } from './pdf-text';

// Running heads and folios sit in the page margins: within this share of the page height from
// the top or the bottom edge, and among the outermost lines there.
const EDGE_BAND = 0.12;
const EDGE_LINES = 2;
// "Most pages": a line repeated on at least half of them (and on two at the least).
const REPEATED_SHARE = 0.5;

const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

type Edge = 'top' | 'foot';

/**
 * The article's pages without their running heads, running feet and page numbers, and those
 * lines: `droppedLines[i]` is the line `dropped[i]` describes.
 */
export interface PageFurnitureResult {
  pages: PageLines[];
  dropped: DroppedPdfText[];
  droppedLines: TextLine[];
}

/**
 * Finds the lines in page margins that are not article text: lines repeated at the top or the
 * foot of most pages in the same size (compared with digits ignored, so "Page 2" and "Page 3"
 * repeat), and page
 * numbers ("7", "Page 3 of 9", "- 4 -", "iv") at a page's edge. Lines in `keep` (furniture the
 * analyst restored) stay in the pages.
 */
export function removePageFurniture(pages: readonly PageLines[], keep: ReadonlySet<TextLine> = new Set()): PageFurnitureResult {
  const edgeLines = new Map<TextLine, Edge>();
  for (const page of pages) {
    for (const [line, edge] of findEdgeLines(page)) edgeLines.set(line, edge);
  }
  const pagesByKey = new Map<string, Set<number>>();
  for (const [line, edge] of edgeLines) {
    const key = repeatKey(line, edge);
    pagesByKey.set(key, (pagesByKey.get(key) ?? new Set()).add(line.page));
  }
  const needed = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));

  const dropped: DroppedPdfText[] = [];
  const droppedLines: TextLine[] = [];
  const kept = pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      const edge = edgeLines.get(line);
      if (!edge || keep.has(line)) return true;
      const where = edge === 'top' ? 'top' : 'foot';
      if (PAGE_NUMBER.test(line.text)) {
        dropped.push({ page: line.page, text: line.text, rule: 'page-number', reason: `A page number at the ${where} of the page` });
        droppedLines.push(line);
        return false;
      }
      const repeats = pagesByKey.get(repeatKey(line, edge))?.size ?? 0;
      if (repeats >= needed) {
        const rule = edge === 'top' ? 'running-header' : 'running-footer';
        dropped.push({ page: line.page, text: line.text, rule, reason: `Repeated at the ${where} of ${repeats} of ${pages.length} pages` });
        droppedLines.push(line);
        return false;
      }
      return true;
    }),
  }));
  return { pages: kept, dropped, droppedLines };
}

function findEdgeLines(page: PageLines): [TextLine, Edge][] {
  const byY = [...page.lines].sort((a, b) => a.y - b.y);
  const top = byY.slice(0, EDGE_LINES).filter((l) => l.y <= page.height * EDGE_BAND);
  const foot = byY.slice(-EDGE_LINES).filter((l) => l.y >= page.height * (1 - EDGE_BAND) && !top.includes(l));
  return [...top.map((l): [TextLine, Edge] => [l, 'top']), ...foot.map((l): [TextLine, Edge] => [l, 'foot'])];
}

// The size is part of the key: a headline on page 1 is not the same line as the running head that
// repeats its words in small type on the pages after it.
function repeatKey(line: TextLine, edge: Edge): string {
  return `${edge} ${Math.round(line.size)} ${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
}
