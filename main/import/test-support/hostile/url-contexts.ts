import { hostileScript } from './hostile-action';
import { HTML_URL_VARIANTS } from './url-variants';
import type { HostileVector } from './vector';

/**
 * Every attribute through which a URL can act: navigate, load a document, run, submit, fetch.
 * Links sit in sentences long enough that Readability keeps their paragraph (it drops short,
 * link-dense ones), so the link cleaning itself is what the web-page route tests.
 */
const URL_CONTEXTS: ReadonlyArray<{ name: string; build: (url: string) => string }> = [
  {
    name: 'a-href',
    build: (url) =>
      `<p>The harbour board met on Tuesday evening, and residents who missed it can read <a href="${url}">the council’s statement</a> in full before the next meeting of the board.</p>`,
  },
  {
    name: 'a-href-unquoted',
    build: (url) =>
      `<p>Residents who want the detail of the decision can read <a href=${url.replace(/\s/gu, '')}>the statement</a> that the harbour board published after its Tuesday meeting.</p>`,
  },
  { name: 'area-href', build: (url) => `<map name="m"><area shape="rect" coords="0,0,80,80" href="${url}" alt="Harbour"></map>` },
  { name: 'iframe-src', build: (url) => `<iframe src="${url}" width="400" height="300"></iframe>` },
  { name: 'img-src', build: (url) => `<p><img src="${url}" alt="Map of the harbour"></p>` },
  { name: 'form-action', build: (url) => `<form action="${url}" method="post"><input name="q" value="x"><button>Send</button></form>` },
  { name: 'button-formaction', build: (url) => `<form><button formaction="${url}">Read the minutes</button></form>` },
  { name: 'object-data', build: (url) => `<object data="${url}" type="text/html">Object fallback text</object>` },
  { name: 'embed-src', build: (url) => `<embed src="${url}" type="image/svg+xml">` },
  { name: 'svg-a-xlink', build: (url) => `<svg><a xlink:href="${url}"><text x="10" y="20">Open the chart</text></a></svg>` },
  { name: 'math-href', build: (url) => `<math><mtext href="${url}">Open the formula</mtext></math>` },
  { name: 'meta-refresh', build: (url) => `<meta http-equiv="refresh" content="0; url=${url}">` },
  {
    name: 'base-href',
    build: (url) =>
      `<base href="${url}"><p>Anyone who wants to check the vote can see <a href="minutes.html">the minutes</a> that the harbour board clerk published after the Tuesday meeting.</p>`,
  },
  { name: 'style-url', build: (url) => `<div style="background-image: url('${url}')">Styled text.</div>` },
];

/** Every URL spelling in every URL context. */
export const URL_CONTEXT_VECTORS: readonly HostileVector[] = URL_CONTEXTS.flatMap((context) =>
  HTML_URL_VARIANTS.map((variant) => ({
    category: 'url',
    name: `${context.name}/${variant.name}`,
    build: (marker: string) => context.build(variant.html(marker)),
    // The polyglot breaks out of its attribute on purpose, and an unquoted attribute ends at the
    // URL's first `>`: whatever lands outside is inert text.
    shows:
      variant.name === 'polyglot' || (context.name === 'a-href-unquoted' && variant.html('x').includes('>'))
        ? ('text' as const)
        : ('nothing' as const),
  })),
);

// Elements of every kind, each with the attributes that make its handler fire unprompted.
const ELEMENTS: ReadonlyArray<{ tag: string; attributes?: string; content?: string; void?: boolean }> = [
  { tag: 'p', content: 'Paragraph text' },
  { tag: 'div', content: 'Division text' },
  { tag: 'span', content: 'Span text' },
  { tag: 'a', attributes: 'href="https://example.org/"', content: 'Link text' },
  { tag: 'img', attributes: 'src="x" alt="Photo"', void: true },
  { tag: 'h2', content: 'Heading text' },
  { tag: 'blockquote', content: 'Quoted text' },
  { tag: 'ul', content: '<li>List item text</li>' },
  { tag: 'figure', content: '<figcaption>Caption text</figcaption>' },
  { tag: 'details', attributes: 'open', content: '<summary>Summary</summary>Details text' },
  { tag: 'video', attributes: 'src="x" poster="x" autoplay muted', content: 'Video fallback' },
  { tag: 'audio', attributes: 'src="x" autoplay', content: 'Audio fallback' },
  { tag: 'input', attributes: 'autofocus value="Input"', void: true },
  { tag: 'textarea', attributes: 'autofocus', content: 'Textarea text' },
  { tag: 'select', attributes: 'autofocus', content: '<option>Option text</option>' },
  { tag: 'button', attributes: 'autofocus', content: 'Button text' },
  { tag: 'iframe', attributes: 'src="about:blank"', content: '' },
  { tag: 'object', attributes: 'data="x"', content: 'Object text' },
  { tag: 'marquee', content: 'Marquee text' },
  { tag: 'table', content: '<tr><td>Cell text</td></tr>' },
  { tag: 'em', content: 'Emphasis text' },
  { tag: 'time', attributes: 'datetime="2025-02-11"', content: 'Time text' },
  { tag: 'section', content: 'Section text' },
  { tag: 'x-card', content: 'Custom element text' },
  { tag: 'svg', content: '<circle r="10"></circle>' },
  { tag: 'math', content: '<mi>x</mi>' },
  { tag: 'body', content: 'Second body text' },
  { tag: 'style', content: '@keyframes x{}' },
];

// Handlers with what makes them fire on their own: loading, focus, animation, toggling, hovering.
const HANDLERS: ReadonlyArray<{ name: string; attributes: (script: string) => string }> = [
  { name: 'onerror', attributes: (s) => `onerror="${s}"` },
  { name: 'onload', attributes: (s) => `onload="${s}"` },
  { name: 'onfocus-autofocus', attributes: (s) => `tabindex="1" autofocus onfocus="${s}"` },
  { name: 'onanimationstart', attributes: (s) => `style="animation-name: x" onanimationstart="${s}"` },
  { name: 'onmouseover-unquoted', attributes: (s) => `onmouseover=${s}` },
  { name: 'ontoggle-mixed-case', attributes: (s) => `OnToGgLe="${s}"` },
  { name: 'onclick-entities', attributes: (s) => `onclick="${[...s].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('')}"` },
];

/** Every handler on every kind of element. */
export const HANDLER_VECTORS: readonly HostileVector[] = ELEMENTS.flatMap((element) =>
  HANDLERS.map((handler) => ({
    category: 'handler',
    name: `${element.tag}/${handler.name}`,
    build: (marker: string) => {
      const open = `<${element.tag} ${element.attributes ?? ''} ${handler.attributes(hostileScript(marker))}>`;
      return element.void === true ? open : `${open}${element.content ?? ''}</${element.tag}>`;
    },
  })),
);
