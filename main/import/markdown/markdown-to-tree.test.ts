import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseHtmlTree } from '../html/parse-html';
import { MARKDOWN_VECTORS } from '../test-support/hostile/markdown-vectors';
import { markdownToArticleParts } from './markdown-to-article-parts';
import { appendMarkdownTokens } from './markdown-to-tree';

// A raw HTML comment adds no text, and sends the file down the route that renders and parses HTML.
const THROUGH_HTML = '\n\n<!-- rendered -->\n';
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
const builds = (source: string) => appendMarkdownTokens(parseHtmlTree('<html><body></body></html>'), markdown.parse(source, {}));

// Everything Markdown writes without raw HTML, in one article.
const EVERY_FEATURE = `---
title: Harbour dues rise by a third
author: Ana Ferreira
date: 2026-03-04
url: https://harbour.example/news/dues
---
# Harbour dues rise by a third

*By Ana Ferreira* — **4 March 2026**

The board voted on Tuesday: see [the minutes](/minutes "Minutes") and <https://harbour.example/agenda>.
A second line, a soft break  
and a hard one. Some \`inline code\`, ~~struck~~ text, &amp; entities &copy; and \\*escapes\\*.

## What the board said

> We had no choice.
> > The dredging must be paid for.

1. First, the dues.
2. Then the berths:
   - North quay
   - South quay

- A loose item

- Another, with ![a chart of the dues](chart.png "Dues") inside

| Year | Dues |
| ---: | :--- |
| 2025 | 1.2m |

    an indented code block

\`\`\`text
a fenced block
\`\`\`

***

Tips: newsdesk@harbour.example.
`;

describe('appendMarkdownTokens', () => {
  it('reads a file with every Markdown feature as the same article as rendering and parsing its HTML', () => {
    expect(builds(EVERY_FEATURE.replace(/^---[\s\S]*?---\n/u, ''))).toBe(true);
    expect(markdownToArticleParts(EVERY_FEATURE, { fileName: 'dues.md' })).toEqual(
      markdownToArticleParts(EVERY_FEATURE + THROUGH_HTML, { fileName: 'dues.md' }),
    );
  });

  it('reads the roof-survey article as the same article as rendering and parsing its HTML', async () => {
    const source = await readFile(join(import.meta.dirname, 'fixtures', 'lowmere-gazette-roof-survey.md'), 'utf8');
    expect(markdownToArticleParts(source, { fileName: 'roof.md' })).toEqual(
      markdownToArticleParts(source + THROUGH_HTML, { fileName: 'roof.md' }),
    );
  });

  it('leaves raw HTML to the HTML parser', () => {
    expect(builds('A paragraph with <em>inline HTML</em>.')).toBe(false);
    expect(builds('<div>\nA block of HTML\n</div>')).toBe(false);
    expect(builds(THROUGH_HTML)).toBe(false);
  });

  it('reads every hostile Markdown vector as rendering and parsing its HTML does', { timeout: 60_000 }, () => {
    let built = 0;
    for (const vector of MARKDOWN_VECTORS) {
      const source = `# A council statement\n\n${vector.build('m4rk3r')}\n\nThe council met on Tuesday.\n`;
      if (builds(source)) built += 1;
      expect(markdownToArticleParts(source, { fileName: 'v.md' }), vector.name).toEqual(
        markdownToArticleParts(source + THROUGH_HTML, { fileName: 'v.md' }),
      );
    }
    expect(built).toBeGreaterThan(0);
  });
});
