import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import { toAnnotationCollection } from '../exchange/export-w3c';
import { PRESET_SCALES } from '../verdict';
import { buildReport } from './build-report';
import { buildClaimReviews } from './claimreview/build-claim-reviews';
import { renderCsv } from './csv/render-csv';
import { toExportJson } from './export-json';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from './fixtures/report-fixture';
import { renderHtml } from './html/render-html';
import { renderMarkdown } from './markdown/render-markdown';

const ORGANISATION = { name: 'Lowmere Checks & Co', url: 'https://checks.example', reportUrlPattern: 'https://checks.example/{slug}-{id}' };
const BREAKOUT = 'The tanks were full</script><script>alert(1)</script><!--';

// The fixture with a claim statement that would close a <script> element, a note with a
// right-to-left override and a source URL hiding a zero-width space.
function hostileAnnotations(): Annotation[] {
  return FIXTURE_ANNOTATIONS.map((annotation) => {
    if (annotation.id === 'c-full') {
      const claim = annotation.body.claim!;
      return {
        ...annotation,
        body: { ...annotation.body, note: 'Rename invoice\u202Etxt.exe first', claim: { ...claim, statement: BREAKOUT } },
      };
    }
    if (annotation.id === 'e-records') {
      const source = annotation.body.sources![0]!;
      return { ...annotation, body: { ...annotation.body, sources: [{ ...source, url: 'https://harbour.ex\u200Bample/manifest.pdf' }] } };
    }
    return annotation;
  });
}

const report = buildReport({
  article: FIXTURE_ARTICLE,
  annotations: hostileAnnotations(),
  scope: {},
  scales: PRESET_SCALES,
  exportedAt: EXPORTED_AT,
});

describe('JSON exports pasted into a page', () => {
  it('ClaimReview escapes <, > and & so it cannot close a <script type="application/ld+json">, and parses back the same', () => {
    const { reviews } = buildClaimReviews(report, ORGANISATION);
    const json = toExportJson(reviews);
    expect(json).not.toMatch(/[<>&]/u);
    expect(json).toContain('The tanks were full\\u003c/script\\u003e\\u003cscript\\u003e');
    expect(json).toContain('Lowmere Checks \\u0026 Co');
    expect(JSON.parse(json)).toEqual(reviews);
  });

  it('W3C annotations escape the same characters and the invisible controls, and parse back the same', () => {
    const collection = toAnnotationCollection(FIXTURE_ARTICLE, hostileAnnotations(), EXPORTED_AT);
    const json = toExportJson(collection);
    expect(json).not.toMatch(/[<>&\u202E\u200B]/u);
    expect(json).toContain('invoice\\u202etxt.exe');
    expect(JSON.parse(json)).toEqual(collection);
  });
});

describe('bidirectional and zero-width controls in reports', () => {
  it('show as marks in the HTML report, and a URL hiding one is shown, not linked', () => {
    const html = renderHtml(report);
    expect(html).toContain('Rename invoice⟨RLO⟩txt.exe first');
    expect(html).toContain('https://harbour.ex⟨ZWSP⟩ample/manifest.pdf');
    expect(html).not.toMatch(/[\u202E\u200B]/u);
    expect(html).not.toContain('href="https://harbour.ex');
  });

  it('show as marks in the Markdown report and the CSV table', () => {
    for (const text of [renderMarkdown(report), renderCsv(report).slice(1)]) {
      expect(text).toContain('invoice⟨RLO⟩txt.exe');
      expect(text).toContain('harbour.ex⟨ZWSP⟩ample');
      expect(text).not.toMatch(/[\u202E\u200B]/u);
    }
  });
});
