import { describe, expect, it } from 'vitest';
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
});
