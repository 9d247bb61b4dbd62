import { buildDocx, type DocxExtras, type DocxParagraph } from '../../docx/test-support/build-docx';
import { hostileScript as js, hostileUrl as url, markerFor } from './hostile-action';
import { MARKUP_VECTORS } from './markup-vectors';
import type { HostileShows } from './vector';
import { HOST_STORIES, type HostStory } from './wrap-in-article';

/** A hostile Word document: like a `HostilePayload`, with the .docx bytes as its source. */
export interface HostileDocxPayload {
  id: string;
  route: 'docx';
  category: string;
  bytes: Uint8Array;
  marker: string;
  shows: HostileShows;
  story: HostStory;
}

// Hyperlink targets as Word stores them (XML-escaped by the builder; no HTML entities apply).
const LINK_TARGETS: ReadonlyArray<[name: string, target: (marker: string) => string]> = [
  ['javascript', (m) => `javascript:${js(m)}`],
  ['mixed-case', (m) => `JaVaScRiPt:${js(m)}`],
  ['tab-in-scheme', (m) => `java\tscript:${js(m)}`],
  ['newline-in-scheme', (m) => `java\nscript:${js(m)}`],
  ['leading-spaces', (m) => `   javascript:${js(m)}`],
  ['vbscript', (m) => `vbscript:msgbox('${url(m)}')`],
  ['data-html', (m) => `data:text/html,<script>${js(m)}</script>`],
  ['data-html-base64', (m) => `data:text/html;base64,${btoa(`<script>${js(m)}</script>`)}`],
  ['file', (m) => `file:///etc/passwd?${m}`],
  ['unc-path', (m) => `\\\\${url(m).slice(8)}\\share`],
  ['mailto-attach', (m) => `mailto:?attach=/etc/passwd&body=${m}`],
];

// Style maps a document could embed to turn its paragraphs into active elements.
const STYLE_MAPS: ReadonlyArray<[name: string, map: string]> = [
  ['to-script', 'p => script'],
  ['to-iframe', 'p => iframe'],
  ['to-link', "p => a.x[href='javascript:alert(1)']"],
];

/**
 * Hostile Word documents for the DOCX route: hyperlinks to unsafe targets, an image linked from a
 * hostile host, HTML embedded with altChunk (each non-encoded markup trick of the HTML corpus),
 * and embedded style maps. Built with JSZip, so this is for tests (JSZip is a dev dependency).
 */
export async function hostileDocxPayloads(): Promise<HostileDocxPayload[]> {
  const specs: Array<{ category: string; name: string; build: (marker: string) => { runs: DocxParagraph[]; extras: DocxExtras } }> = [
    ...LINK_TARGETS.map(([name, target]) => ({
      category: 'docx-link',
      name,
      build: (m: string) => ({
        runs: [{ runs: ['Read ', { text: 'the council’s statement', href: target(m) }, ' in full.'] }],
        extras: {},
      }),
    })),
    { category: 'docx-linked-image', name: 'hostile-host', build: (m: string) => ({ runs: [], extras: { linkedImageUrl: url(m) } }) },
    {
      category: 'docx-linked-image',
      name: 'file',
      build: (m: string) => ({ runs: [], extras: { linkedImageUrl: `file:///etc/passwd?${m}` } }),
    },
    ...MARKUP_VECTORS.filter((vector) => vector.category !== 'encoded').map((vector) => ({
      category: `docx-altchunk-${vector.category}`,
      name: vector.name,
      build: (m: string) => ({ runs: [], extras: { altChunkHtml: `<html><body>${vector.build(m)}<p>Chunk ${m}</p></body></html>` } }),
    })),
    ...STYLE_MAPS.map(([name, map]) => ({
      category: 'docx-style-map',
      name,
      build: () => ({ runs: [], extras: { embeddedStyleMap: map } }),
    })),
  ];
  return Promise.all(
    specs.map(async (spec, index) => {
      const id = `docx/${spec.category}/${spec.name}`;
      const marker = markerFor(id);
      const story = HOST_STORIES[index % HOST_STORIES.length]!;
      const { runs, extras } = spec.build(marker);
      const paragraphs: DocxParagraph[] = [
        { style: 'Title', runs: [story.title] },
        { runs: [story.before] },
        ...runs,
        { runs: [story.after] },
        ...story.more.map((text) => ({ runs: [text] })),
      ];
      const bytes = await buildDocx(paragraphs, extras);
      return { id, route: 'docx' as const, category: spec.category, bytes, marker, shows: 'nothing' as const, story };
    }),
  );
}
