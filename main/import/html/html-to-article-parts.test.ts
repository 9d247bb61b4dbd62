import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockSchema } from '../../../shared/model/article';
import { UserFacingError } from '../../../shared/ipc/result';
import { toPlainText } from '../../../shared/text/plain-text';
import { htmlToArticleParts, MAX_NESTING_DEPTH, READABILITY_MAX_ELEMENTS, WHOLE_PAGE_NOTE } from './html-to-article-parts';

const page = readFileSync(new URL('./fixtures/lowmere-gazette-roof-survey.html', import.meta.url), 'utf8');
const outline = (blocks: ReadonlyArray<{ type: string; text: string }>) =>
  blocks.map((block) => `${block.type}: ${block.text.split(' ').slice(0, 4).join(' ')}`);

describe('htmlToArticleParts on a saved web page', () => {
  const parts = htmlToArticleParts(page, { fileName: 'eastgate.html' });
  const text = toPlainText(parts.blocks);

  it('reads the metadata from JSON-LD, the canonical link and OpenGraph', () => {
    expect(parts.metadata).toEqual({
      title: 'Lowmere council admits roof survey at Eastgate school was never carried out',
      byline: 'Priya Castell',
      published: '2025-02-11T08:30:00Z',
      site: 'The Lowmere Gazette',
      url: 'https://lowmere-gazette.example/news/2025/02/11/eastgate-roof-survey',
    });
  });

  it('keeps the story as title, paragraphs, caption, headings, quote and list items', () => {
    expect(outline(parts.blocks)).toEqual([
      'title: Lowmere council admits roof',
      'paragraph: Lowmere council has admitted',
      'caption: Part of the ceiling',
      'paragraph: The admission came in',
      'paragraph: “We were assured in',
      'heading: What the council said',
      'paragraph: Minutes of the council’s',
      'paragraph: The council’s written answer,',
      'paragraph: A council spokesperson said',
      'blockquote: “Parents deserve to know',
      'heading: Other schools',
      'paragraph: The same maintenance schedule',
      'list-item: Four were carried out',
      'list-item: Five were booked with',
      'list-item: Two have no contractor',
      'paragraph: The council said it',
      'paragraph: Tips about school buildings',
    ]);
    for (const block of parts.blocks) expect(() => blockSchema.parse(block)).not.toThrow();
  });

  it('leaves out the navigation, adverts, share tools, lists, sign-up, footer and scripts', () => {
    for (const furniture of [
      'Skip to',
      'Home',
      'Advertisement',
      'Share this',
      'Facebook',
      'Most read',
      'Harbour car park',
      'Morning Brief',
      '©',
      'Privacy',
      'Education',
      'dataLayer',
      'min-height',
      'Search',
      'Read more',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(parts.dropped).toEqual([{ line: 5, text: 'Advertisement', rule: 'advertisement', reason: expect.any(String) as string }]);
  });

  it('keeps the links as ranges over the text, the page-relative one resolved', () => {
    const links = parts.blocks.flatMap((block) =>
      (block.links ?? []).map((link) => ({ text: block.text.slice(link.start, link.end), href: link.href })),
    );
    expect(links).toEqual([
      { text: 'written answer', href: 'https://lowmere.example.gov/answers/2025/017' },
      { text: 'newsdesk@lowmere-gazette.example', href: 'mailto:newsdesk@lowmere-gazette.example' },
    ]);
  });

  it('records the photo as a placeholder before its caption', () => {
    expect(parts.images).toEqual([{ alt: 'A collapsed section of classroom ceiling with debris on the desks', block: 2, offset: 0 }]);
    expect(parts.notes).toEqual([]);
  });

  it('read whole, without Readability, still loses the menus, kicker, share tools and lists to the furniture rules', () => {
    const whole = htmlToArticleParts(page, { fileName: 'eastgate.html', extract: 'document' });
    expect(whole.blocks.map((block) => block.text)).toEqual([...parts.blocks.map((block) => block.text), 'Tags Schools Council']);
    expect(whole.dropped.map((drop) => drop.rule)).toEqual(
      expect.arrayContaining([
        'navigation',
        'before-title',
        'metadata',
        'share-prompt',
        'related-link',
        'section-label',
        'newsletter',
        'copyright',
      ]),
    );
  });

  it('keeps a dropped block the analyst restores, in its place', () => {
    const restored = htmlToArticleParts(page, { fileName: 'eastgate.html', restore: [5] });
    expect(restored.dropped).toEqual([]);
    expect(restored.blocks[5]).toEqual({ type: 'paragraph', text: 'Advertisement' });
  });
});

describe('htmlToArticleParts on HTML pasted from a browser', () => {
  // What Chromium puts on the clipboard for a selection: a fragment with a charset tag and markers.
  const clipboard = `<meta charset="utf-8"><!--StartFragment--><h1 style="font-size: 2em">Ferry fares to rise by a fifth in April</h1>
    <p style="margin: 0">The island ferry company will raise fares by a fifth from 1 April, <a href="/fares/2025">its new price list</a> shows.</p>
    <p>Share this article</p>
    <p>A return ticket for a car and driver will cost €64, up from €53, the company said on <b>Thursday</b>.</p><!--EndFragment-->`;

  it('reads the fragment as an article, resolving relative links against the page it came from', () => {
    const parts = htmlToArticleParts(clipboard, { fileName: 'Pasted article', baseUrl: 'https://ferries.example/news/fares' });
    expect(parts.metadata.title).toBe('Ferry fares to rise by a fifth in April');
    expect(outline(parts.blocks)).toEqual([
      'title: Ferry fares to rise',
      'paragraph: The island ferry company',
      'paragraph: A return ticket for',
    ]);
    const [link] = parts.blocks[1]?.links ?? [];
    expect(link?.href).toBe('https://ferries.example/fares/2025');
    expect(parts.blocks[1]?.text.slice(link?.start, link?.end)).toBe('its new price list');
  });

  it('keeps the text but not the relative link when the source page is unknown', () => {
    const parts = htmlToArticleParts(clipboard, { fileName: 'Pasted article' });
    expect(parts.blocks[1]?.links).toBeUndefined();
    expect(parts.blocks[1]?.text).toContain('its new price list shows.');
  });

  it('takes a title from the first sentence when the fragment has no headline', () => {
    const parts = htmlToArticleParts('<p>Harbour fees will double. The council voted on Monday.</p>', { fileName: 'Pasted article' });
    expect(parts.metadata.title).toBe('Harbour fees will double.');
    expect(parts.blocks).toEqual([{ type: 'paragraph', text: 'Harbour fees will double. The council voted on Monday.' }]);
  });
});

describe('htmlToArticleParts on pathological pages', () => {
  const story = '<p>The harbour board met on Tuesday and approved the dredging contract after a long debate about its cost.</p>';

  it('refuses a page nested deeper than any article, naming the file', () => {
    const deep = `${'<div>'.repeat(MAX_NESTING_DEPTH + 10)}${story}`;
    expect(() => htmlToArticleParts(deep, { fileName: 'deep.html' })).toThrow(UserFacingError);
    expect(() => htmlToArticleParts(deep, { fileName: 'deep.html' })).toThrow(
      /^"deep.html" is not a readable article: its elements nest \d+ levels deep/u,
    );
  });

  it('reads a deeply nested page whole, without Readability, and says so', () => {
    const parts = htmlToArticleParts(`<h1>Dredging contract approved</h1>${'<div>'.repeat(200)}${story}`, { fileName: 'nested.html' });
    expect(parts.notes).toEqual([WHOLE_PAGE_NOTE]);
    expect(parts.blocks.map((block) => block.type)).toEqual(['title', 'paragraph']);
  });

  it('reads a page with too many elements for Readability whole, and says so', () => {
    const cells = '<span>cell</span>'.repeat(READABILITY_MAX_ELEMENTS);
    const parts = htmlToArticleParts(`<h1>Dredging contract approved</h1>${story}<div hidden>${cells}</div>`, { fileName: 'large.html' });
    expect(parts.notes).toEqual([WHOLE_PAGE_NOTE]);
    expect(parts.blocks.map((block) => block.type)).toEqual(['title', 'paragraph']);
  });
});
