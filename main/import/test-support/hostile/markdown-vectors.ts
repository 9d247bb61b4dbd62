import { hostileScript as js, hostileUrl as url } from './hostile-action';
import { MARKUP_VECTORS } from './markup-vectors';
import { HANDLER_VECTORS } from './url-contexts';
import type { HostileVector } from './vector';

// Link targets as written in Markdown. markdown-it decodes entities and backslash escapes in them.
const MARKDOWN_URLS: ReadonlyArray<[name: string, build: (marker: string) => string]> = [
  ['javascript', (m) => `javascript:${js(m)}`],
  ['mixed-case', (m) => `JaVaScRiPt:${js(m)}`],
  ['entity-letter', (m) => `&#106;avascript:${js(m)}`],
  ['entity-colon', (m) => `javascript&colon;${js(m)}`],
  ['entity-tab', (m) => `java&#x09;script:${js(m)}`],
  ['angle-brackets-tab', (m) => `<java\tscript:${js(m)}>`],
  ['backslash-escape', (m) => `javascript\\:${js(m)}`],
  ['percent-encoded-scheme', (m) => `%6A%61vascript:${js(m)}`],
  ['comment-newline', (m) => `javascript://%0a${js(m)}`],
  ['with-title', (m) => `javascript:${js(m)} "Council statement"`],
  ['vbscript', (m) => `vbscript:msgbox('${url(m)}')`],
  ['data-html', (m) => `data:text/html;base64,${btoa(`<script>${js(m)}</script>`)}`],
  ['data-image-svg', (m) => `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg" onload="${js(m)}"/>`)}`],
  ['file', (m) => `file:///etc/passwd?${m}`],
];

// Where a link target can stand in Markdown.
const MARKDOWN_LINK_CONTEXTS: ReadonlyArray<[name: string, build: (target: string) => string]> = [
  ['inline', (t) => `Read [the council's statement](${t}) in full.`],
  ['reference', (t) => `Read [the council's statement][minutes] in full.\n\n[minutes]: ${t}`],
  ['image', (t) => `![Map of the harbour](${t})`],
  ['list-item', (t) => `- The [minutes](${t}) of the meeting\n- The agenda`],
  ['blockquote', (t) => `> The [statement](${t}) was read aloud.`],
  ['heading', (t) => `## Read [the statement](${t})`],
];

const LINK_VECTORS: HostileVector[] = MARKDOWN_LINK_CONTEXTS.flatMap(([context, build]) =>
  MARKDOWN_URLS.map(([name, target]) => ({
    category: 'markdown-link',
    name: `${context}/${name}`,
    build: (marker: string) => build(target(marker)),
    // A link markdown-it refuses is shown as the text that was written: inert, but visible.
    shows: 'text' as const,
  })),
);

const AUTOLINKS: ReadonlyArray<[name: string, build: (marker: string) => string]> = [
  ['javascript', (m) => `<javascript:${js(m)}>`],
  ['upper-case', (m) => `<JAVASCRIPT:${js(m)}>`],
  ['vbscript', (m) => `<vbscript:msgbox('${url(m)}')>`],
  ['data', (m) => `<data:text/html,${encodeURIComponent(`<script>${js(m)}</script>`)}>`],
  ['file', (m) => `<file:///etc/passwd?${m}>`],
  ['mailto-javascript', (m) => `<mailto:javascript:${js(m)}>`],
];

// Markup in code is text by definition: it must come out exactly as written.
const CODE: ReadonlyArray<[name: string, build: (marker: string) => string, literal: (marker: string) => string]> = [
  ['code-span', (m) => `The post contained \`<script>${js(m)}</script>\` only.`, (m) => `<script>${js(m)}</script>`],
  ['fenced-block', (m) => `\`\`\`html\n<img src=x onerror="${js(m)}">\n\`\`\``, (m) => `<img src=x onerror="${js(m)}">`],
  [
    'indented-block',
    (m) => `    <iframe srcdoc="<script>${js(m)}</script>"></iframe>`,
    (m) => `<iframe srcdoc="<script>${js(m)}</script>"></iframe>`,
  ],
  ['escaped-html', (m) => `Escaped \\<script>${m}\\</script> text.`, (m) => `<script>${m}</script>`],
];

// Raw HTML inside Markdown, as inline HTML in a paragraph and as an HTML block of its own.
// markdown-it passes on only tags that follow CommonMark's grammar (an unquoted attribute value
// may not hold a quote, for one) and escapes the rest, which then reads as text: so these may
// show their marker, as inert text.
const RAW_HTML = [...MARKUP_VECTORS.filter((vector) => vector.category !== 'encoded'), ...HANDLER_VECTORS.filter((_, i) => i % 3 === 0)];

/** Markdown payloads: unsafe link targets, autolinks, code that must stay text, raw HTML. */
export const MARKDOWN_VECTORS: readonly HostileVector[] = [
  ...LINK_VECTORS,
  ...AUTOLINKS.map(([name, build]) => ({ category: 'markdown-autolink', name, build, shows: 'text' as const })),
  ...CODE.map(([name, build, literal]) => ({ category: 'markdown-code', name, build, shows: (m: string) => ({ literal: literal(m) }) })),
  ...RAW_HTML.map((vector) => ({ ...vector, category: `markdown-html-${vector.category}`, shows: 'text' as const })),
  // Numbered, so that no two read alike once the HTML is gone (cleaning drops a paragraph that
  // repeats another, and a bundle of payloads would lose all but one of them).
  ...RAW_HTML.filter((_, i) => i % 2 === 0).map((vector, entry) => ({
    ...vector,
    category: `markdown-inline-html-${vector.category}`,
    shows: 'text' as const,
    build: (marker: string) =>
      `Minutes entry ${entry + 1} says ${vector.build(marker).replace(/\n/gu, ' ')} and nothing more in entry ${entry + 1}.`,
  })),
];
