import { isProse } from '../line-text';
import { STRUCTURAL } from '../rules/structural-reasons';
import { dropLine, isBody, type Page } from '../structure/line-class';
import { parseBylineLine, parseNamesLine, type BylineLine } from './parse-byline';

/** Byline and date read from the credit lines at the top of the article. */
export interface CreditMetadata {
  byline?: string;
  published?: string;
  publishedText?: string;
}

// Credit lines sit above the body or just after its first paragraphs (a standfirst, a caption).
const HEADER_PROSE_LINES = 2;
const HEADER_MAX_LINES = 40;

/**
 * Finds byline and date lines in the header (the lines before the third prose line, at most 40
 * non-blank lines) and drops them as 'metadata'. A line of bare names counts only directly above a
 * date line ("Jane Doe in Kessel" / "Sun 3 Mar 2024 10.04 GMT"). The first line naming authors
 * gives `byline`; the first line with a date gives `publishedText` (as written) and `published`
 * (ISO, when valid).
 */
export function extractMetadata(page: Page): CreditMetadata {
  const metadata: CreditMetadata = {};
  let proseSeen = 0;
  let seen = 0;
  for (let i = 0; i < page.texts.length && seen < HEADER_MAX_LINES && proseSeen <= HEADER_PROSE_LINES; i += 1) {
    if (!isBody(page, i)) continue;
    const text = page.texts[i]!;
    seen += 1;
    if (isProse(text)) {
      proseSeen += 1;
      continue;
    }
    const credit = parseBylineLine(text) ?? namesAboveDate(page, i);
    if (credit === undefined) continue;
    dropLine(page, i, STRUCTURAL.metadata);
    if (metadata.byline === undefined && credit.byline !== undefined) metadata.byline = credit.byline;
    if (metadata.publishedText === undefined && credit.date !== undefined) {
      metadata.publishedText = credit.date.text;
      if (credit.date.iso !== undefined) metadata.published = credit.date.iso;
    }
  }
  return metadata;
}

function namesAboveDate(page: Page, index: number): BylineLine | undefined {
  const byline = parseNamesLine(page.texts[index]!);
  if (byline === undefined) return undefined;
  let next = index + 1;
  while (page.classes[next]?.kind === 'blank') next += 1;
  const below = isBody(page, next) ? parseBylineLine(page.texts[next]!) : undefined;
  return below?.date !== undefined && below.byline === undefined ? { byline } : undefined;
}
