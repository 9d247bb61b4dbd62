import JSZip from 'jszip';

/** A run of text in a paragraph; with `href` it is a hyperlink to that (external) target. */
export type DocxRun = string | { text: string; href?: string; italic?: boolean };

/** A paragraph: its Word style id (none is Normal) and its runs. */
export interface DocxParagraph {
  style?: 'Title' | 'Heading1' | 'Heading2' | 'Quote' | 'Caption' | 'ListParagraph';
  runs: DocxRun[];
}

/** Parts a hostile document may add: embedded HTML (altChunk), an image linked from outside, extra relationships. */
export interface DocxExtras {
  /** HTML stored in the package and placed in the body with `<w:altChunk>`. */
  altChunkHtml?: string;
  /** An image the document links to instead of embedding (`r:link`, TargetMode External). */
  linkedImageUrl?: string;
  /** A style map a converter could be told to apply (mammoth reads `mammoth/style-map` when asked to). */
  embeddedStyleMap?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLE_NAMES: Record<NonNullable<DocxParagraph['style']>, string> = {
  Title: 'Title',
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Quote: 'Quote',
  Caption: 'caption',
  ListParagraph: 'List Paragraph',
};

/**
 * Builds a minimal but real Word document (.docx) in memory, for tests: content types, package
 * and document relationships, styles with their names (so style maps match by name), and a body of
 * the given paragraphs. Hyperlinks become external relationships, exactly as Word writes them.
 */
export async function buildDocx(paragraphs: readonly DocxParagraph[], extras: DocxExtras = {}): Promise<Uint8Array> {
  const relationships: string[] = [];
  const addRelationship = (type: string, target: string, external: boolean): string => {
    const id = `rId${relationships.length + 10}`;
    relationships.push(
      `<Relationship Id="${id}" Type="${R}/${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`,
    );
    return id;
  };

  const body = paragraphs.map((paragraph) => paragraphXml(paragraph, (href) => addRelationship('hyperlink', href, true)));
  if (extras.linkedImageUrl !== undefined) body.push(linkedImageXml(addRelationship('image', extras.linkedImageUrl, true)));
  if (extras.altChunkHtml !== undefined) body.push(`<w:altChunk r:id="${addRelationship('aFChunk', '/word/chunk.html', false)}"/>`);

  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes(extras));
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>${relationships.join('')}</Relationships>`,
  );
  zip.file('word/styles.xml', stylesXml());
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body.join('')}</w:body></w:document>`,
  );
  if (extras.altChunkHtml !== undefined) zip.file('word/chunk.html', extras.altChunkHtml);
  if (extras.embeddedStyleMap !== undefined) zip.file('mammoth/style-map', extras.embeddedStyleMap);
  return zip.generateAsync({ type: 'uint8array' });
}

function paragraphXml(paragraph: DocxParagraph, link: (href: string) => string): string {
  const style = paragraph.style === undefined ? '' : `<w:pPr><w:pStyle w:val="${paragraph.style}"/></w:pPr>`;
  const runs = paragraph.runs.map((run) => {
    if (typeof run === 'string') return runXml(run, false);
    const xml = runXml(run.text, run.italic ?? false);
    return run.href === undefined ? xml : `<w:hyperlink r:id="${link(run.href)}">${xml}</w:hyperlink>`;
  });
  return `<w:p>${style}${runs.join('')}</w:p>`;
}

function runXml(text: string, italic: boolean): string {
  return `<w:r>${italic ? '<w:rPr><w:i/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function linkedImageXml(relationshipId: string): string {
  return `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Picture 1" descr="Linked chart"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="chart.png" descr="Linked chart"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="${relationshipId}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

function stylesXml(): string {
  const styles = Object.entries(STYLE_NAMES).map(
    ([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles.join('')}</w:styles>`;
}

function contentTypes(extras: DocxExtras): string {
  const html = extras.altChunkHtml === undefined ? '' : '<Default Extension="html" ContentType="text/html"/>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${html}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
