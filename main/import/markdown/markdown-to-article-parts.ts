import MarkdownIt from 'markdown-it';
import type { ArticleParts, ArticlePartsOptions } from '../html/article-parts';
import type { DefaultTreeAdapterMap } from 'parse5';
import { htmlToArticleParts, parsedHtmlToArticleParts } from '../html/html-to-article-parts';
import { parseHtmlTree, type ParsedHtml } from '../html/parse-html';
import { FLATTENED_NOTE, flattenDeepNesting, type FlattenEnv } from './flatten-deep-nesting';
import { appendMarkdownTokens } from './markdown-to-tree';
import { readFrontMatter, type FrontMatter } from './read-front-matter';

// Raw HTML is let through to the HTML route's whitelist (which keeps only text and safe links)
// rather than shown as tags: a Markdown article's inline <em> or <a> should read as prose.
// markdown-it's own validateLink stays on (it refuses javascript:, vbscript:, file: and most
// data: links), but the whitelist's scheme check is what the result relies on. Typographic
// replacements are off so the text stays as written, and bare URLs are not turned into links.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
flattenDeepNesting(markdown);

/**
 * A Markdown article → the parts of an article, by the HTML route: front matter (title, author,
 * date, URL, site) becomes the head of an HTML document, the body is rendered by markdown-it, and
 * the whole document is read by `htmlToArticleParts` without Readability (a Markdown file is the
 * article, with no page around it). The headline is the first `# heading`, or the front matter's
 * title when the text has no matching heading. Relative links resolve against the front matter's URL.
 * Markdown without raw HTML skips writing and parsing HTML: markdown-it's tokens are built into
 * the parsed page directly (`appendMarkdownTokens`), a third less time for the same article.
 * Lists and quotes nested deeper than markdown-it goes are kept as plain paragraphs, with a note.
 */
export function markdownToArticleParts(source: string, options: ArticlePartsOptions): ArticleParts {
  const { frontMatter, body } = readFrontMatter(source);
  const env: FlattenEnv = {};
  const tokens = markdown.parse(body, env);
  const page = (bodyHtml: string) => `<!doctype html><html><head>${headOf(frontMatter)}</head><body>${bodyHtml}</body></html>`;
  const routeOptions = { ...options, extract: 'document' as const };
  const tree = parseHtmlTree(page(''));
  const parts = appendMarkdownTokens(bodyOf(tree), tokens)
    ? parsedHtmlToArticleParts(tree, routeOptions)
    : htmlToArticleParts(page(markdown.renderer.render(tokens, markdown.options, env)), routeOptions);
  return env.flattened ? { ...parts, notes: [...parts.notes, FLATTENED_NOTE] } : parts;
}

// The body element of a page parsed from `<html><head>…</head><body></body></html>`.
function bodyOf(tree: ParsedHtml): DefaultTreeAdapterMap['element'] {
  const html = tree.childNodes.find((node) => node.nodeName === 'html') as DefaultTreeAdapterMap['element'];
  return html.childNodes.find((node) => node.nodeName === 'body') as DefaultTreeAdapterMap['element'];
}

function headOf(frontMatter: FrontMatter): string {
  const parts: string[] = [];
  if (frontMatter.title !== undefined) parts.push(`<title>${escapeHtml(frontMatter.title)}</title>`);
  if (frontMatter.byline !== undefined) parts.push(`<meta name="author" content="${escapeHtml(frontMatter.byline)}">`);
  if (frontMatter.published !== undefined)
    parts.push(`<meta name="article:published_time" content="${escapeHtml(frontMatter.published)}">`);
  if (frontMatter.site !== undefined) parts.push(`<meta property="og:site_name" content="${escapeHtml(frontMatter.site)}">`);
  if (frontMatter.url !== undefined) parts.push(`<link rel="canonical" href="${escapeHtml(frontMatter.url)}">`);
  return parts.join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
