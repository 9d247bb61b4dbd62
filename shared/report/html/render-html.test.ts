import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../anchoring';
import type { Annotation } from '../../model/annotation';
import { toPlainText } from '../../text/plain-text';
import { PRESET_SCALES } from '../../verdict';
import { buildReport } from '../build-report';
import { EXPORTED_AT, FIXTURE_ARTICLE } from '../fixtures/report-fixture';
import { renderHtml } from './render-html';

describe('renderHtml', () => {
  it('shows the title once when the article repeats it as its first block', () => {
    const title = FIXTURE_ARTICLE.metadata.title;
    const article = { ...FIXTURE_ARTICLE, blocks: [{ type: 'title' as const, text: title }, ...FIXTURE_ARTICLE.blocks] };
    const html = renderHtml(buildReport({ article, annotations: [], scope: {}, scales: PRESET_SCALES, exportedAt: EXPORTED_AT }));
    expect(html.split('Harbour fuel tanks were &quot;full&quot;, port director says')).toHaveLength(3); // <title> and <h1>
    expect(html).toContain('<p>No claims in this report.</p>');
  });

  it('prints the claims right after the article, quotes each passage once, in the app’s words, with the source warning', () => {
    const article = {
      ...FIXTURE_ARTICLE,
      blocks: [
        { type: 'paragraph' as const, text: '“Days of shortage are over,” the minister said.' },
        { type: 'paragraph' as const, text: '“We had no fuel for a week,” a driver said.' },
      ],
    };
    const text = toPlainText(article.blocks);
    const at = (id: string, quote: string, body: Partial<Annotation['body']>): Annotation => {
      const start = text.indexOf(quote);
      return {
        schemaVersion: 1,
        id,
        documentId: article.id,
        creator: { id: 'ana', name: 'Ana Analyst' },
        created: EXPORTED_AT,
        modified: EXPORTED_AT,
        body: { tag: 'claim', note: '', ...body },
        target: { source: article.id, selector: describeSpan(text, start, start + quote.length) },
      };
    };
    const verdict = { scale: 'five-point', label: 'False', justification: '', decided: EXPORTED_AT };
    const annotations = [
      at('c', '“Days of shortage are over,” the minister said.', { claim: { statement: '', status: 'unstarted', verdict } }),
      at('e', '“We had no fuel for a week,” a driver said.', { tag: 'evidence', links: [{ claim: 'c', stance: 'refutes' }] }),
    ];
    const html = renderHtml(buildReport({ article, annotations, scope: {}, scales: PRESET_SCALES, exportedAt: EXPORTED_AT }));
    expect(html).not.toContain('break-before: page');
    expect(html).not.toMatch(/[“"]\s*“|“\s*[“"]/);
    expect(html).toContain('refutes: “We had no fuel for a week,” a driver said.</li>');
    expect(html).toContain('<dt>Status</dt><dd>Unstarted</dd>');
    expect(html).toContain('The verdict rests on no named source');
  });
});
