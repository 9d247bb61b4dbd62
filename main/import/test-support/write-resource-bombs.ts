import { deflateRawSync } from 'node:zlib';
import { deflateRawRepeated, deflateZlibRepeated } from './deflate-repeated';

const MB = 1024 * 1024;
const LINE = 'BT /F1 12 Tf 72 700 Td (The flood gates were closed at dawn.) Tj ET\n';

/**
 * A one-page PDF whose page content is a flate bomb: `contentMb` megabytes (default 1.5 GB) of
 * text-drawing operators compressed into a few megabytes (about 4.5 MB for 1.5 GB).
 */
export function writeFlateBombPdf(contentMb = 1536): Uint8Array {
  const chunk = Buffer.from(LINE.repeat(Math.ceil(MB / LINE.length)));
  const content = deflateZlibRepeated(chunk, Math.ceil((contentMb * MB) / chunk.length));
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`), content, Buffer.from('\nendstream')]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/**
 * A PDF of `pages` pages (default 200,000) in a small file: every page shares one short content
 * stream and inherit their size and font from the root, and the page tree has a node per thousand
 * pages, as a real writer would build it (about 20 MB).
 */
export function writeManyPagesPdf(pages = 200_000): Uint8Array {
  const perNode = 1000;
  const nodes = Math.ceil(pages / perNode);
  const firstNode = 5;
  const firstPage = firstNode + nodes;
  const objects: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: nodes }, (_, i) => `${firstNode + i} 0 R`).join(' ')}] /Count ${pages} ` +
      '/MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${LINE.length} >>\nstream\n${LINE}\nendstream`,
  ];
  for (let node = 0; node < nodes; node += 1) {
    const count = Math.min(perNode, pages - node * perNode);
    const kids = Array.from({ length: count }, (_, i) => `${firstPage + node * perNode + i} 0 R`).join(' ');
    objects.push(`<< /Type /Pages /Parent 2 0 R /Kids [${kids}] /Count ${count} >>`);
  }
  for (let page = 0; page < pages; page += 1) {
    const parent = firstNode + Math.floor(page / perNode);
    objects.push(`<< /Type /Page /Parent ${parent} 0 R /Contents 4 0 R >>`);
  }
  return writePdf(objects);
}

/** How a zip bomb's `word/document.xml` declares its size: truthfully, or far smaller than it inflates to. */
export type DeclaredSize = 'true' | 'understated';

/**
 * A Word document whose `word/document.xml` inflates to `xmlMb` megabytes (default 1.5 GB) of
 * paragraphs from a few megabytes. `understated` declares the part as 10 KB (how the bomb that
 * made JSZip say "Bug : uncompressed data size mismatch" was built). CRCs are left zero: neither
 * mammoth nor Factmark checks them, and a bomb need not be honest about them either.
 */
export function writeZipBombDocx(declared: DeclaredSize = 'true', xmlMb = 1536): Uint8Array {
  const paragraph = '<w:p><w:r><w:t>The flood gates were closed at dawn.</w:t></w:r></w:p>';
  const chunk = Buffer.from(paragraph.repeat(Math.ceil(MB / paragraph.length)));
  const times = Math.ceil((xmlMb * MB) / chunk.length);
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
  );
  const tail = Buffer.from('</w:body></w:document>');
  const body = Buffer.concat([
    deflateRawSync(head, { finishFlush: 2 }),
    deflateRawRepeated(chunk, times).subarray(0, -2),
    deflateRawSync(tail),
  ]);
  const size = head.length + chunk.length * times + tail.length;
  return writeZip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    { name: 'word/document.xml', method: 8, data: body, size: declared === 'true' ? size : 10 * 1024 },
  ]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

interface ZipEntry {
  name: string;
  method: 0 | 8;
  data: Buffer;
  size: number;
}

function stored(name: string, text: string): ZipEntry {
  const data = Buffer.from(text);
  return { name, method: 0, data, size: data.length };
}

function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

function writePdf(objects: ReadonlyArray<string | Buffer>): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  for (const [index, body] of objects.entries()) {
    offsets.push(length);
    const bytes = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    chunks.push(bytes);
    length += bytes.length;
  }
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(chunks));
}
