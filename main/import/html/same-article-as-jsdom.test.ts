import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hostilePayloads } from '../test-support/hostile';
import { htmlToArticleParts } from './html-to-article-parts';

// The DOM the importer used before: jsdom's DOMParser, which follows the HTML standard to the letter.
// jsdom adds listeners to the window for every document made in it (each parse, each clone
// Readability reads), each checked against all before it: one window for every page spent most of
// this test there. A window serves PAGES_PER_WINDOW pages.
const PAGES_PER_WINDOW = 20;
const newWindow = () => new JSDOM('', { url: 'about:blank', virtualConsole: new VirtualConsole() }).window;
let jsdomWindow = newWindow();
let parsed = 0;
const parseWithJsdom = (html: string) => {
  parsed += 1;
  if (parsed % PAGES_PER_WINDOW === 0) {
    jsdomWindow.close();
    jsdomWindow = newWindow();
  }
  return new jsdomWindow.DOMParser().parseFromString(html, 'text/html');
};

const root = fileURLToPath(new URL('../../../', import.meta.url));
const savedPages = [
  join(root, 'main/import/html/fixtures'),
  join(root, 'e2e/fixtures/import'),
  join(root, 'e2e/fixtures/languages'),
].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const),
);
const hostilePages = hostilePayloads()
  .filter((payload) => payload.route === 'html')
  .map((payload) => [payload.id, payload.source] as const);

const read = (html: string, options: { fileName: string; extract?: 'document' }, parse?: (html: string) => Document) =>
  JSON.stringify(htmlToArticleParts(html, options, parse));

describe('the importer reads the same article as it did with jsdom', () => {
  it('has the saved pages to compare', () => {
    expect(savedPages.length).toBeGreaterThanOrEqual(4);
  });

  it.each([...savedPages, ...hostilePages])('from %s, as a web page and as a whole document', (name, html) => {
    // One jsdom parse serves both reads: the route only reads the document (Readability edits a clone).
    const jsdomDocument = parseWithJsdom(html);
    const jsdom = () => jsdomDocument;
    const page = { fileName: `${name}.html` };
    expect(read(html, page)).toBe(read(html, page, jsdom));
    // The Markdown and Word routes read their HTML whole, without Readability.
    const whole = { fileName: `${name}.md`, extract: 'document' as const };
    expect(read(html, whole)).toBe(read(html, whole, jsdom));
  });
});
