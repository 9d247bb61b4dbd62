/** A line of text drawn on the page, top to bottom, in Helvetica unless `font` names another. */
export interface PdfLine {
  text: string;
  size: number;
  /** A font resource name the payload adds (`/Hx`), for lines drawn with a hostile font. */
  font?: string;
}

/**
 * What a hostile PDF adds to a plain one: objects (given their numbers so they can refer to each
 * other), and raw entries for the catalog, the page, the page's font resources and the Info
 * dictionary. Entries are PDF syntax; `ref(n)` gives "N 0 R" for the nth added object.
 */
export interface PdfAdditions {
  objects?: ReadonlyArray<string | Uint8Array>;
  catalog?: string;
  page?: string;
  fonts?: string;
  info?: Record<string, string>;
}

// WinAnsiEncoding for the typographic characters the stories use; the rest of Latin-1 is itself.
const WIN_ANSI: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 };

/**
 * A PDF string of any text, in WinAnsi bytes (what Helvetica draws; '?' for what it cannot), as
 * hex, so no character needs escaping: pdf.js reads hex and literal strings alike.
 */
export function pdfString(text: string): string {
  const bytes = Uint8Array.from([...text].map((ch) => WIN_ANSI[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
  return `<${Buffer.from(bytes).toString('hex')}>`;
}

/** A stream object with `dictionary` entries around `data`. */
export function pdfStream(dictionary: string, data: string): Uint8Array {
  const body = Buffer.from(data, 'latin1');
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${body.length} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
// Object numbers of the fixed part; additions are numbered from FIRST_ADDED on.
const CATALOG = 1;
const PAGES = 2;
const PAGE = 3;
const CONTENT = 4;
const HELVETICA = 5;
const INFO = 6;
/** The object number the first of `PdfAdditions.objects` gets. */
export const FIRST_ADDED = 7;

/**
 * Writes a one-page PDF (US Letter, text in the standard Helvetica, WinAnsi bytes) with the
 * hostile additions spliced in. Small and deterministic: the corpus builds ~120 of them per run.
 */
export function writeHostilePdf(lines: readonly PdfLine[], additions: PdfAdditions = {}): Uint8Array {
  let y = PAGE_HEIGHT - 72;
  const content = lines
    .map((line) => {
      y -= line.size * 1.5;
      return `BT /${line.font ?? 'F1'} ${line.size} Tf 54 ${y.toFixed(1)} Td ${pdfString(line.text)} Tj ET`;
    })
    .join('\n');
  const info = Object.entries(additions.info ?? {})
    .map(([key, value]) => `/${key} ${pdfString(value)}`)
    .join(' ');
  const objects: Array<string | Uint8Array> = [
    `<< /Type /Catalog /Pages ${PAGES} 0 R ${additions.catalog ?? ''} >>`,
    `<< /Type /Pages /Kids [${PAGE} 0 R] /Count 1 >>`,
    `<< /Type /Page /Parent ${PAGES} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Contents ${CONTENT} 0 R ` +
      `/Resources << /Font << /F1 ${HELVETICA} 0 R ${additions.fonts ?? ''} >> >> ${additions.page ?? ''} >>`,
    pdfStream('', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< ${info} >>`,
    ...(additions.objects ?? []),
  ];

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  for (const [index, body] of objects.entries()) {
    offsets.push(length);
    const bytes = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : Buffer.from(body),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(bytes);
    length += bytes.length;
  }
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${CATALOG} 0 R /Info ${INFO} 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
