import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET_SCALES } from '../verdict';
import { buildReport } from './build-report';
import { buildClaimReviews } from './claimreview/build-claim-reviews';
import { toExportJson } from './export-json';
import { renderCsv } from './csv/render-csv';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, ORPHAN } from './fixtures/report-fixture';
import { renderHtml } from './html/render-html';
import { renderMarkdown } from './markdown/render-markdown';

// Golden files are the reviewed output for the fixture article. After an intended change, run
// `UPDATE_GOLDEN=1 npx vitest run shared/report` and review the diff of golden/ before committing.
const GOLDEN = join(import.meta.dirname, 'golden');

function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const report = buildReport({
  article: FIXTURE_ARTICLE,
  annotations: [...FIXTURE_ANNOTATIONS, ORPHAN],
  scope: {},
  scales: PRESET_SCALES,
  exportedAt: EXPORTED_AT,
});

describe('report golden files', () => {
  it('renders the HTML report', () => expectGolden('harbour-tanks.html', renderHtml(report)));
  it('renders the Markdown report', () => expectGolden('harbour-tanks.md', renderMarkdown(report)));
  it('renders the CSV table', () => expectGolden('harbour-tanks.csv', renderCsv(report)));
  it('renders the ClaimReview array', () => {
    const { reviews } = buildClaimReviews(report, {
      name: 'Lowmere Checks',
      url: 'https://checks.example',
      reportUrlPattern: 'https://checks.example/{slug}-{id}',
    });
    expectGolden('harbour-tanks.claimreview.json', toExportJson(reviews));
  });
});
