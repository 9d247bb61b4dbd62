import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToArticleParts } from './markdown-to-article-parts';

const article = readFileSync(new URL('./fixtures/lowmere-gazette-roof-survey.md', import.meta.url), 'utf8');
const outline = (blocks: ReadonlyArray<{ type: string; text: string }>) =>
  blocks.map((block) => `${block.type}: ${block.text.split(' ').slice(0, 4).join(' ')}`);
const linksOf = (blocks: ReadonlyArray<{ text: string; links?: Array<{ start: number; end: number; href: string }> }>) =>
  blocks.flatMap((block) => (block.links ?? []).map((link) => `${block.text.slice(link.start, link.end)} → ${link.href}`));

describe('markdownToArticleParts on an article with front matter', () => {
  const parts = markdownToArticleParts(article, { fileName: 'eastgate.md' });

  it('reads the metadata from the front matter', () => {
    expect(parts.metadata).toEqual({
      title: 'Lowmere council admits roof survey at Eastgate school was never carried out',
      byline: 'Priya Castell',
      published: '2025-02-11T08:30:00Z',
      site: 'The Lowmere Gazette',
      url: 'https://lowmere-gazette.example/news/2025/02/11/eastgate-roof-survey',
    });
  });

  it('turns the first heading into the title and keeps every paragraph, heading, quote and list item', () => {
    expect(outline(parts.blocks)).toEqual([
      'title: Lowmere council admits roof',
      'paragraph: Lowmere council has admitted',
      'paragraph: Part of the ceiling',
      'paragraph: The admission came in',
      'paragraph: "We were assured in',
      'heading: What the council said',
      "paragraph: Minutes of the council's",
      "paragraph: The council's written answer,",
      'paragraph: A council spokesperson said',
      'blockquote: "Parents deserve to know',
      'heading: Other schools',
      'paragraph: The same maintenance schedule',
      'list-item: Four were carried out',
      'list-item: Five were booked with',
      'list-item: Two have no contractor',
      'paragraph: The council said it',
      'paragraph: Tips about school buildings',
    ]);
    expect(parts.dropped).toEqual([]);
  });

  it('joins wrapped lines into one paragraph and keeps emphasis as text only', () => {
    expect(parts.blocks[1]?.text).toBe(
      'Lowmere council has admitted that a structural survey of the roof at Eastgate Primary School, which councillors were told in October had been completed, never took place.',
    );
    expect(parts.blocks[4]?.text).toBe(
      '"We were assured in writing that the roof had been inspected and passed," Mr Reyes said. "It now turns out nobody went up there."',
    );
  });

  it('keeps links and e-mail autolinks, and the image as a placeholder', () => {
    expect(linksOf(parts.blocks)).toEqual([
      'written answer → https://lowmere.example.gov/answers/2025/017',
      'newsdesk@lowmere-gazette.example → mailto:newsdesk@lowmere-gazette.example',
    ]);
    expect(parts.images).toEqual([{ alt: 'A collapsed section of classroom ceiling with debris on the desks', block: 2, offset: 0 }]);
  });
});

describe('markdownToArticleParts on hostile or unusual Markdown', () => {
  it('shows links with unsafe schemes as the text that was written', () => {
    const parts = markdownToArticleParts('Click [here](javascript:alert(1)) or <vbscript:msgbox(1)> or [there](JAVASCRIPT:alert(2)).', {
      fileName: 'a.md',
    });
    expect(parts.blocks).toEqual([
      { type: 'paragraph', text: 'Click [here](javascript:alert(1)) or <vbscript:msgbox(1)> or [there](JAVASCRIPT:alert(2)).' },
    ]);
  });

  it('reads raw HTML through the same whitelist as web pages', () => {
    const parts = markdownToArticleParts(
      '# Storm closes coast road\n\n<div onclick="alert(1)">The road <a href="javascript:alert(1)">closed</a> at <b>noon</b>.</div>\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1) alt="Map">\n',
      { fileName: 'a.md' },
    );
    expect(parts.blocks).toEqual([
      { type: 'title', text: 'Storm closes coast road' },
      { type: 'paragraph', text: 'The road closed at noon.' },
    ]);
    expect(parts.images).toEqual([{ alt: 'Map', block: 2, offset: 0 }]);
  });

  it('takes the title from a heading when there is no front matter, and resolves links against the front matter URL when there is', () => {
    expect(
      markdownToArticleParts('Storm closes coast road\n=======================\n\nThe road closed at noon.', { fileName: 'a.md' }).metadata
        .title,
    ).toBe('Storm closes coast road');
    const parts = markdownToArticleParts('---\nurl: https://example.org/news/storm\n---\nSee [the map](../maps/coast).', {
      fileName: 'a.md',
    });
    expect(linksOf(parts.blocks)).toEqual(['the map → https://example.org/maps/coast']);
  });
});
