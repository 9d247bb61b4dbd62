/** A generated article read back into its parts, so it can be written out in other formats. */
export interface ArticleOutline {
  title: string;
  byline: string;
  blocks: { kind: 'heading' | 'paragraph'; text: string }[];
}

/**
 * The parts of a text from `generateArticle`: its first line is the title, its second paragraph
 * the byline, and the rest paragraphs, of which the "Section N of the records" lines are headings.
 */
export function outlineArticle(text: string): ArticleOutline {
  const [title = '', byline = '', ...rest] = text.split(/\n\n+/u).filter((p) => p.trim() !== '');
  return {
    title,
    byline,
    blocks: rest.map((p) => ({ kind: /^Section \d+ of the records$/u.test(p) ? 'heading' : 'paragraph', text: p })),
  };
}
