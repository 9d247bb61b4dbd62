import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { ClaimReference } from '../model/claim-record';
import { PRESET_SCALES } from '../verdict';
import { buildReport } from './build-report';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from './fixtures/report-fixture';
import { renderHtml } from './html/render-html';
import { renderMarkdown } from './markdown/render-markdown';

const CHECK: ClaimReference = {
  kind: 'factcheck',
  factCheck: 'https://checks.example/tanks',
  text: 'The harbour tanks were full',
  title: 'Example Checks',
  url: 'https://checks.example/tanks',
  at: '2026-12-07T10:00:00.000Z',
};
const SNAPSHOT = {
  how: 'fetched' as const,
  record: 'archive/20261207T140300Z-0123456789abcdef.json',
  sha256: '0123456789abcdef'.repeat(4),
  retrieved: '2026-12-07T14:03:00.000Z',
  finalUrl: 'https://harbour.example/manifest.pdf',
  status: 200,
  title: 'Delivery manifest',
};

function withClaimMemory(annotations: readonly Annotation[]): Annotation[] {
  return annotations.map((a) => {
    if (a.id === 'c-full' && a.body.claim?.verdict) {
      const copiedSource = {
        url: CHECK.url!,
        title: 'Tanks check',
        publisher: 'Example Checks',
        excerpt: '',
        kind: 'news-report' as const,
        anonymous: false,
        copiedFrom: CHECK,
      };
      const claim = { ...a.body.claim, verdict: { ...a.body.claim.verdict, copiedFrom: CHECK }, sources: [copiedSource] };
      return { ...a, body: { ...a.body, claim, sameClaims: [CHECK] } };
    }
    if (a.id === 'e-records')
      return { ...a, body: { ...a.body, sources: (a.body.sources ?? []).map((s) => ({ ...s, snapshot: SNAPSHOT })) } };
    return a;
  });
}

const report = buildReport({
  article: FIXTURE_ARTICLE,
  annotations: withClaimMemory(FIXTURE_ANNOTATIONS),
  scope: {},
  scales: PRESET_SCALES,
  exportedAt: EXPORTED_AT,
});

describe('reports and claim memory', () => {
  it.each([
    ['HTML', renderHtml(report)],
    ['Markdown', renderMarkdown(report)],
  ])('%s cites a source’s snapshot with its date, status and hash', (_format, text) => {
    expect(text).toContain(
      `Snapshot: archived 2026-12-07 14:03 UTC, HTTP 200, sha256 ${SNAPSHOT.sha256}, from https://harbour.example/manifest.pdf`,
    );
  });

  it.each([
    ['HTML', renderHtml(report)],
    ['Markdown', renderMarkdown(report)],
  ])('%s says where a copied verdict and a copied source came from, and which earlier check is the same claim', (_format, text) => {
    expect(text).toContain('Verdict copied from');
    expect(text).toContain('Same claim as');
    expect(text).toMatch(/the fact-check by Example Checks \(copied 2026-12-07\)/u);
    expect(text).toMatch(/the fact-check by Example Checks \(linked 2026-12-07\)/u);
    expect(text).toContain('Tanks check');
  });
});
