import { buildDocx, type DocxParagraph } from '../../main/import/docx/test-support/build-docx';
import type { ArticleOutline } from './article-outline';

// How often the saved page interrupts the article with an advert, as news sites do.
const AD_EVERY = 12;

/**
 * The article as a saved news page: the story in an `<article>` with a headline and byline, and
 * the furniture the web-page route has to strip around and inside it (site navigation, adverts
 * every dozen paragraphs, a newsletter box, related links, a footer).
 */
export function renderSavedPage({ title, byline, blocks }: ArticleOutline): string {
  const nav = ['Home', 'World', 'Business', 'Harbour', 'Opinion', 'Sport', 'Weather']
    .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  const ad = (n: number) =>
    `<div class="ad-slot" aria-label="Advertisement"><span>Advertisement</span><a href="https://ads.example/${n}"><img src="https://ads.example/${n}.gif" alt=""></a></div>`;
  const body = blocks.map((block, i) => {
    const html = block.kind === 'heading' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`;
    return i % AD_EVERY === AD_EVERY - 1 ? `${html}\n${ad(i)}` : html;
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Bench Gazette</title>
<meta property="og:site_name" content="The Bench Gazette"><meta name="author" content="Bench Reporter">
<script>window.dataLayer = [];</script><style>.ad-slot{min-height:250px}</style></head>
<body><header class="site-header"><a class="logo" href="/">The Bench Gazette</a><nav class="main-nav"><ul>${nav}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>
${ad(0)}
<main><article><h1>${escapeHtml(title)}</h1><p class="byline">${escapeHtml(byline)}</p>
${body.join('\n')}
</article>
<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter.</p><form><input type="email"><button>Subscribe</button></form></aside>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Harbour dues to rise</a></li><li><a href="/b">Council meets on fuel</a></li></ul></aside></main>
<footer><p>© 2025 The Bench Gazette. All rights reserved.</p><nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></nav></footer>
</body></html>
`;
}

/** The article as Markdown: a `#` title, the byline in italics, `##` section headings. */
export function renderMarkdown({ title, byline, blocks }: ArticleOutline): string {
  const body = blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text));
  return `# ${title}\n\n*${byline}*\n\n${body.join('\n\n')}\n`;
}

/** The article as a Word document: Title style, the byline, Heading 1 sections, Normal paragraphs. */
export function renderDocx({ title, byline, blocks }: ArticleOutline): Promise<Uint8Array> {
  const paragraphs: DocxParagraph[] = [
    { style: 'Title', runs: [title] },
    { runs: [byline] },
    ...blocks.map((block): DocxParagraph =>
      block.kind === 'heading' ? { style: 'Heading1', runs: [block.text] } : { runs: [block.text] },
    ),
  ];
  return buildDocx(paragraphs);
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
