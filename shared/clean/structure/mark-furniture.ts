import { endsClause } from '../line-text';
import { copyright, siteFromCopyright } from '../rules/copyright';
import { matchFurniture } from '../rules/furniture-rules';
import { continuesParagraph } from './group-paragraphs';
import { dropLine, isBody, type Page } from './line-class';

/**
 * Drops every body line a context-free furniture rule matches, under that rule, except a line
 * that continues a sentence from the body line directly above it (a wrapped line that happens to
 * begin "Copyright law …" is prose). Returns the site named by the first copyright line that names
 * an owner, or undefined.
 */
export function markFurniture(page: Page, wrapWidth: number | undefined): string | undefined {
  let site: string | undefined;
  page.texts.forEach((text, i) => {
    if (!isBody(page, i) || continuesSentence(page, i, wrapWidth)) return;
    const rule = matchFurniture(text);
    if (rule === undefined) return;
    dropLine(page, i, rule);
    if (rule === copyright) site ??= siteFromCopyright(text);
  });
  return site;
}

function continuesSentence(page: Page, index: number, wrapWidth: number | undefined): boolean {
  const above = page.texts[index - 1];
  if (above === undefined || !isBody(page, index - 1) || endsClause(above)) return false;
  return continuesParagraph(above, page.texts[index]!, wrapWidth);
}
