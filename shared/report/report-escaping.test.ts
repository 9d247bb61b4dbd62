import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { PRESET_SCALES } from '../verdict';
import { buildReport } from './build-report';
import { buildClaimReviews } from './claimreview/build-claim-reviews';
import { renderCsv } from './csv/render-csv';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from './fixtures/report-fixture';
import { renderHtml } from './html/render-html';
import { renderMarkdown } from './markdown/render-markdown';

type Node = DefaultTreeAdapterMap['node'];

const report = buildReport({
  article: FIXTURE_ARTICLE,
  annotations: FIXTURE_ANNOTATIONS,
  scope: {},
  scales: PRESET_SCALES,
  exportedAt: EXPORTED_AT,
});
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  '"><img src=x onerror=alert(3)>',
  '=HYPERLINK("http://evil.example","click")',
];

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit);
  if (node.nodeName === 'template' && 'content' in node) walk(node.content, visit);
}

/** Elements, attributes and the concatenated text of an HTML document, as a browser would parse it. */
function inspectHtml(html: string) {
  const elements: string[] = [];
  const attributes: string[] = [];
  let text = '';
  walk(parse(html), (node) => {
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('tagName' in node) {
      elements.push(node.tagName);
      attributes.push(...node.attrs.map((a) => a.name));
    }
  });
  return { elements, attributes, text };
}

describe('article and note text in every format', () => {
  it('shows as text in the HTML report, which has no script, handler or remote load', () => {
    const html = renderHtml(report);
    const { elements, attributes, text } = inspectHtml(html);
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('img');
    expect(attributes.filter((a) => a.startsWith('on'))).toEqual([]);
    expect(attributes).not.toContain('src');
    for (const hostile of HOSTILE) expect(text).toContain(hostile);
    expect(text).toContain('=HYPERLINK("http://evil.example","x")');
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('shows as text in the Markdown report when rendered', () => {
    const markdown = renderMarkdown(report);
    const html = new MarkdownIt({ html: true }).render(markdown);
    const { elements, attributes, text } = inspectHtml(html);
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('img');
    expect(elements).not.toContain('b');
    expect(attributes.filter((a) => a.startsWith('on'))).toEqual([]);
    for (const hostile of HOSTILE) expect(text).toContain(hostile);
    expect(text).toContain('Asked the port for the gauge log. <b>bold?</b>');
  });

  it('keeps quotes, commas and markup intact in CSV and never starts a cell with a formula character', () => {
    const csv = renderCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    const cells = rows.slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const column = (name: string) => rows.slice(1).map((r) => r[header.indexOf(name)]);
    expect(column('quote')).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(column('quote')).toContain('A council spokesperson denied that any shortage occurred <script>alert(1)</script> at the harbour.');
    expect(column('note')).toContain(`"><img src=x onerror=alert(3)>`);
    expect(column('note')).toContain("'+SUM(A1:A9)");
    expect(column('claimant')).toContain("'-Anonymous poster");
    expect(column('claim_statement')).toContain("'@cmd a spreadsheet link");
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('keeps hostile text as plain JSON strings in ClaimReview', () => {
    const { reviews } = buildClaimReviews(report, { name: '<Lowmere> Checks' });
    const reparsed = JSON.parse(JSON.stringify(reviews)) as { claimReviewed: string; author: { name: string } }[];
    expect(reparsed.map((r) => r.claimReviewed)).toContain('@cmd a spreadsheet link');
    expect(reparsed[0]?.author.name).toBe('<Lowmere> Checks');
  });
});

/** An RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}
