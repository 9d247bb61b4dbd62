import { DROPPED_ELEMENTS } from './element-kinds';

// A headline longer than this is not one (the plain-text cleaner's limit is 220 characters).
const MAX_HEADLINE_CHARS = 300;
const NOT_SHOWN = [...DROPPED_ELEMENTS, '[hidden]'].join(',');

/**
 * The headline as the page shows it, so the title block reads like the headline an analyst
 * copying the page would get: the first `<h1>` matching a title the page declares (JSON-LD,
 * OpenGraph, `<title>`; a site suffix such as " - The Harbour Times" may differ), else the first
 * `<h1>` inside `<article>` or `<main>`, else the first declared title, else the first `<h1>`.
 * Undefined when the page has none of these.
 */
export function findHeadline(document: Document, declaredTitles: readonly string[]): string | undefined {
  const headings = [...document.querySelectorAll('h1')]
    .filter((h1) => h1.closest(NOT_SHOWN) === null)
    .map((h1) => ({ h1, text: (h1.textContent ?? '').replace(/\s+/gu, ' ').trim() }))
    .filter(({ text }) => text !== '' && text.length <= MAX_HEADLINE_CHARS);
  const matching = headings.find(({ text }) => declaredTitles.some((title) => isSameTitle(text, title)));
  const inArticle = headings.find(({ h1 }) => h1.closest('article, main, [role="main" i]') !== null);
  return matching?.text ?? inArticle?.text ?? declaredTitles[0] ?? headings[0]?.text;
}

function isSameTitle(shown: string, declared: string): boolean {
  const a = fold(shown);
  const b = fold(declared);
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.split(' ').length >= 3 && longer.startsWith(shorter);
}

function fold(text: string): string {
  return text
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‘’‚‛′]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
