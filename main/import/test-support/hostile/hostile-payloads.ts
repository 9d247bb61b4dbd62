import { markerFor } from './hostile-action';
import { MARKDOWN_VECTORS } from './markdown-vectors';
import { MARKUP_VECTORS } from './markup-vectors';
import { HANDLER_VECTORS, URL_CONTEXT_VECTORS } from './url-contexts';
import type { HostileShows, HostileVector } from './vector';
import { HOST_STORIES, wrapInHtmlPage, wrapInMarkdown, type HostStory } from './wrap-in-article';

/**
 * One hostile document to import. `source` is the whole file (a saved web page or a Markdown
 * article with the payload between its paragraphs). `marker` is inside every part of the payload
 * that would act if it ran: its script calls `window.__hostileHit(url)` (or fetches the URL)
 * with a URL ending in the marker, on host `hostile.invalid`. `shows` says what a correct import
 * may show of it; `story` holds the sentences around the payload, which a correct import keeps.
 */
export interface HostilePayload {
  id: string;
  route: 'html' | 'markdown';
  category: string;
  source: string;
  /** The payload alone, before it was wrapped in its story (for bundling several into one file). */
  fragment: string;
  /** Where the fragment sits: in the article body, or in a web page's head. */
  where: 'head' | 'body';
  marker: string;
  shows: HostileShows;
  story: HostStory;
}

/**
 * The hostile corpus: every payload family of issue 3 (script elements, event handlers on every
 * kind of element, javascript:/data:/vbscript: URLs in every spelling and context, SVG and MathML
 * tricks, frames and srcdoc, forms and autofocus, meta refresh, `<base>`, CSS, mutation XSS,
 * entity-encoded markup) as web pages, and Markdown links, autolinks, code and raw HTML as Markdown.
 * Generated, deterministic, with unique ids ("html/url/a-href/tab-in-scheme").
 */
export function hostilePayloads(): HostilePayload[] {
  const html = [...URL_CONTEXT_VECTORS, ...HANDLER_VECTORS, ...MARKUP_VECTORS].map((vector, index) => toPayload('html', vector, index));
  const markdown = MARKDOWN_VECTORS.map((vector, index) => toPayload('markdown', vector, index));
  return [...html, ...markdown];
}

function toPayload(route: HostilePayload['route'], vector: HostileVector, index: number): HostilePayload {
  const id = `${route}/${vector.category}/${vector.name}`;
  const marker = markerFor(id);
  const story = HOST_STORIES[index % HOST_STORIES.length]!;
  const fragment = vector.build(marker);
  // Markdown has no head: a head payload is one more piece of raw HTML in its body.
  const where = route === 'html' ? (vector.where ?? 'body') : 'body';
  const source = route === 'html' ? wrapInHtmlPage(story, fragment, where) : wrapInMarkdown(story, fragment);
  const shows = typeof vector.shows === 'function' ? vector.shows(marker) : (vector.shows ?? 'nothing');
  return { id, route, category: vector.category, source, fragment, where, marker, shows, story };
}
