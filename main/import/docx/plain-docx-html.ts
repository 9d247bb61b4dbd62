import { readDocxPart } from './read-docx-part';

// The elements a plain document is made of, by the element they may stand in. Anything else
// (lists, tables, footnotes, fields, drawings, content controls, tracked changes, embedded
// HTML…) sends the document to mammoth, which knows them all.
const CHILDREN: Readonly<Record<string, ReadonlySet<string>>> = {
  '': new Set(['w:document']),
  'w:document': new Set(['w:body']),
  'w:body': new Set(['w:p', 'w:sectPr', 'w:bookmarkStart', 'w:bookmarkEnd']),
  'w:p': new Set(['w:pPr', 'w:r', 'w:hyperlink', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']),
  'w:hyperlink': new Set(['w:r', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']),
  'w:r': new Set(['w:rPr', 'w:t', 'w:tab', 'w:br', 'w:lastRenderedPageBreak', 'w:noBreakHyphen', 'w:softHyphen']),
  'w:t': new Set(),
};
// Formatting whose content is not text: read only for the paragraph's style, and for what would
// change the text (a list's numbering, hidden text).
const FORMATTING = new Set(['w:pPr', 'w:rPr', 'w:sectPr']);
const NOT_PLAIN_FORMATTING = new Set(['w:numPr', 'w:vanish', 'w:specVanish']);

const TAG = /<(\/?)([^\s/>]+)([^>]*?)(\/?)>/gu;
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'u');
const VAL = ATTRIBUTE('w:val');
const RELATIONSHIP_ID = ATTRIBUTE('r:id');

/**
 * The body of a plain Word document — paragraphs of text in any style that is not a list's, with
 * tabs, line breaks and external hyperlinks — as HTML that reads as the same article as mammoth's
 * with docxToArticleParts' style map (the same elements, text and links; run formatting such as
 * emphasis, which the article model does not keep, is left out), read in one pass over the XML
 * instead of through mammoth's document model (about ten times faster on a 1 MB document).
 * Undefined when the document holds anything else (lists, tables, notes, fields, images, tracked
 * changes, hidden text, markup this reader does not know): mammoth then reads it.
 * `zip` is the document's bytes, already checked by checkDocxZip.
 */
export async function plainDocxHtml(zip: Buffer): Promise<string | undefined> {
  const [packageRels, document, styles, rels, numbering] = await Promise.all(
    ['_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', 'word/numbering.xml'].map((name) =>
      readDocxPart(zip, name),
    ),
  );
  if (document === undefined || !mainPartIsWordDocument(packageRels)) return undefined;
  // Numbering tied to a paragraph style makes that style's paragraphs list items.
  if (numbering?.includes('<w:pStyle') === true) return undefined;
  if (!/^\s*(?:<\?xml[^>]*?encoding="utf-8"[^>]*\?>)?\s*<w:document\b/iu.test(document.slice(0, 4096))) return undefined;
  return bodyHtml(document.replace(/^\s*<\?xml[^>]*\?>/u, ''), paragraphStyleNames(styles ?? ''), externalTargets(rels ?? ''));
}

function mainPartIsWordDocument(packageRels: string | undefined): boolean {
  if (packageRels === undefined) return true;
  const main = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/u.exec(packageRels)?.[0];
  return main === undefined || /\sTarget="\/?word\/document\.xml"/u.test(main);
}

function bodyHtml(xml: string, styleNames: ReadonlyMap<string, string>, targets: ReadonlyMap<string, string>): string | undefined {
  const html: Array<{ element: string; content: string }> = [];
  const open: string[] = [];
  let formatting = 0;
  let paragraph: { element: string; content: string[] } | undefined;
  let textStart = -1;
  let lastEnd = 0;
  for (const match of xml.matchAll(TAG)) {
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    const at = match.index;
    // Text anywhere but in w:t is markup this reader does not know (mc:AlternateContent's, say).
    if (textStart === -1 && xml.slice(lastEnd, at).trim() !== '') return undefined;
    lastEnd = at + whole.length;
    if (name.startsWith('!') || name.startsWith('?')) return undefined;
    if (closing) {
      if (open.at(-1) !== name) return undefined;
      open.pop();
      if (FORMATTING.has(name)) formatting -= 1;
      if (formatting > 0) continue;
      if (name === 'w:t') {
        paragraph?.content.push(escapeText(decodeXml(xml.slice(textStart, at))));
        textStart = -1;
      } else if (name === 'w:hyperlink') paragraph?.content.push('</a>');
      else if (name === 'w:p' && paragraph !== undefined) {
        if (paragraph.content.length > 0) html.push({ element: paragraph.element, content: paragraph.content.join('') });
        paragraph = undefined;
      }
      continue;
    }
    if (formatting > 0) {
      if (NOT_PLAIN_FORMATTING.has(name)) return undefined;
      if (name === 'w:pStyle' && open.at(-1) === 'w:pPr' && paragraph !== undefined) {
        paragraph.element = elementOfStyle(VAL.exec(attributes)?.[1], styleNames);
      }
    } else if (!(CHILDREN[open.at(-1) ?? ''] ?? NONE).has(name)) return undefined;
    if (formatting === 0) {
      const content = paragraph?.content;
      switch (name) {
        case 'w:p':
          paragraph = { element: 'p', content: [] };
          break;
        case 'w:tab':
          content?.push('\t');
          break;
        case 'w:noBreakHyphen':
          content?.push('\u2011');
          break;
        case 'w:softHyphen':
          content?.push('\u00AD');
          break;
        case 'w:br':
          if (VAL.test(attributes) || /\sw:type="/u.test(attributes)) return undefined;
          content?.push('<br />');
          break;
        case 'w:hyperlink': {
          const target = targets.get(RELATIONSHIP_ID.exec(attributes)?.[1] ?? '');
          if (target === undefined || /\sw:anchor="/u.test(attributes) || selfClosing) return undefined;
          content?.push(`<a href="${escapeText(target).replace(/"/gu, '&quot;')}">`);
          break;
        }
      }
    }
    if (selfClosing) continue;
    open.push(name);
    if (FORMATTING.has(name)) formatting += 1;
    if (name === 'w:t' && formatting === 0) textStart = lastEnd;
  }
  return open.length === 0 ? writeHtml(html) : undefined;
}

const NONE: ReadonlySet<string> = new Set();

// The element mammoth writes for a paragraph style (docxToArticleParts' map over mammoth's
// default): any other style is a plain paragraph to mammoth too, unless numbering makes it a list
// item (numbering tied to a style sends the document to mammoth, see plainDocxHtml).
function elementOfStyle(styleId: string | undefined, styleNames: ReadonlyMap<string, string>): string {
  if (styleId === undefined) return 'p';
  const heading = /^Heading([1-6])?$/u.exec(styleId);
  if (heading) return `h${heading[1] ?? '1'}`;
  const name = styleNames.get(styleId)?.toLowerCase();
  if (name === undefined || name === 'normal' || name === 'subtitle') return 'p';
  if (name === 'title') return 'h1';
  if (name === 'quote' || name === 'intense quote') return QUOTE;
  if (name === 'caption') return 'figcaption';
  const named = /^heading(?: ([1-6]))?$/u.exec(name);
  if (named) return `h${named[1] ?? '1'}`;
  return 'p';
}

function paragraphStyleNames(styles: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, attributes = '', body = ''] of styles.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = ATTRIBUTE('w:styleId').exec(attributes)?.[1];
    const name = /<w:name\b[^>]*\sw:val="([^"]*)"/u.exec(body)?.[1];
    if (id !== undefined && name !== undefined && /\sw:type="paragraph"/u.test(attributes)) names.set(decodeXml(id), decodeXml(name));
  }
  return names;
}

function externalTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [relationship] of rels.matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\sId="([^"]*)"/u.exec(relationship)?.[1];
    const target = /\sTarget="([^"]*)"/u.exec(relationship)?.[1];
    if (id !== undefined && target !== undefined && /\sTargetMode="External"/u.test(relationship)) targets.set(id, decodeXml(target));
  }
  return targets;
}

// Quote paragraphs in a row share one blockquote, as mammoth writes them ('blockquote > p:fresh').
function writeHtml(paragraphs: ReadonlyArray<{ element: string; content: string }>): string {
  let html = '';
  paragraphs.forEach(({ element, content }, index) => {
    const quote = element === QUOTE;
    if (quote && paragraphs[index - 1]?.element !== QUOTE) html += '<blockquote>';
    html += quote ? `<p>${content}</p>` : `<${element}>${content}</${element}>`;
    if (quote && paragraphs[index + 1]?.element !== QUOTE) html += '</blockquote>';
  });
  return html;
}

const QUOTE = 'blockquote';

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[entity] ?? whole;
  });
}

// As mammoth escapes: text keeps its quotes; an attribute's are escaped where it is written.
function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
