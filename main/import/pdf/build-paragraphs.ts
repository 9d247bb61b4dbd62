import { sameSize, type BodyText } from './measure-body-text';
import type { TextLine } from './pdf-text';

// A gap between baselines this much wider than the usual spacing (scaled to the font size)
// separates paragraphs.
const PARAGRAPH_GAP = 1.3;
// A first line indented by more than this share of the font size (and less than INDENT_MAX)
// starts a paragraph, in copy set without space between paragraphs.
const INDENT_MIN = 0.6;
const INDENT_MAX = 6;

// A bullet glyph or an enumerator ("3.", "3)", "(b)", "iv)") and a space. Dashes are left out (a
// spaced dash often starts a wrapped line in British copy), and so are letters with a full stop
// ("v. Jones", "p. 12" start wrapped lines too).
const LIST_MARKER = /^(?:[•◦▪▫■□●○‣⁃∙*]|\(?\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{1,4})\))\s/;

/** Lines that belong together, in reading order, the page where they start, and whether they are a list item. */
export interface Paragraph {
  page: number;
  lines: TextLine[];
  listItem: boolean;
}

/**
 * Rebuilds paragraphs from runs of lines that read straight down (columns, in reading order, page
 * after page). Inside a run, a paragraph ends where the font size changes, the gap between lines
 * widens, or the next line is indented. A line starting with a bullet or an enumerator starts a
 * list item, which goes on over lines indented under its text and ends at a line left of its
 * marker. Across a column or page break a paragraph goes on when its last line is full (the next
 * line's first word would not have fitted on it) and the next run starts at its margin in the
 * same size; its page is then the page it starts on. A sentence ending at the end of a full line
 * does not end the paragraph: a page break falls inside a paragraph far more often than after a
 * last line that happens to be full.
 */
export function buildParagraphs(runs: readonly (readonly TextLine[])[], body: BodyText): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let previousRun: readonly TextLine[] | null = null;
  for (const run of runs) {
    const left = Math.min(...run.map((l) => l.x));
    for (const [i, line] of run.entries()) {
      const current = paragraphs.at(-1);
      const above = current?.lines.at(-1);
      const listItem = LIST_MARKER.test(line.text);
      const continues =
        current !== undefined &&
        above !== undefined &&
        !listItem &&
        (i === 0
          ? previousRun !== null && continuesAcrossBreak(above, previousRun, line, left)
          : continuesInRun(above, line, current.listItem ? current.lines[0]!.x : null, left, body));
      if (continues) current.lines.push(line);
      else paragraphs.push({ page: line.page, lines: [line], listItem });
    }
    previousRun = run;
  }
  return paragraphs;
}

// `listMarkerX` is where the current list item's marker stands, null outside lists: a list item
// goes on over lines hung under its text and ends at a line left of its marker.
function continuesInRun(above: TextLine, line: TextLine, listMarkerX: number | null, left: number, body: BodyText): boolean {
  if (!sameSize(above.size, line.size)) return false;
  const leading = body.size > 0 ? (body.leading * line.size) / body.size : 1.2 * line.size;
  if (line.y - above.y > PARAGRAPH_GAP * leading) return false;
  if (listMarkerX !== null) return line.x > listMarkerX + 1;
  return !isIndented(line, left) || isIndented(above, left);
}

function continuesAcrossBreak(above: TextLine, previousRun: readonly TextLine[], line: TextLine, left: number): boolean {
  // A one-line column gives no measure to compare its line with.
  if (!sameSize(above.size, line.size) || isIndented(line, left) || previousRun.length < 2) return false;
  const right = Math.max(...previousRun.map((l) => l.xEnd));
  const firstWord = line.text.split(' ')[0] ?? '';
  // Estimated from the next line's average character width, with the space before the word.
  const wordWidth = ((line.xEnd - line.x) / line.text.length) * (firstWord.length + 1);
  return above.xEnd + wordWidth > right;
}

function isIndented(line: TextLine, left: number): boolean {
  const indent = line.x - left;
  return indent > INDENT_MIN * line.size && indent < INDENT_MAX * line.size;
}
