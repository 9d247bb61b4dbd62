import { placeIncoming } from '../../shared/exchange/place-incoming';
import { readWebAnnotations } from '../../shared/exchange/read-web-annotations';
import { toAnnotationCollection } from '../../shared/exchange/export-w3c';
import { buildReport } from '../../shared/report/build-report';
import { buildClaimReviews } from '../../shared/report/claimreview/build-claim-reviews';
import { renderCsv } from '../../shared/report/csv/render-csv';
import { renderHtml } from '../../shared/report/html/render-html';
import { renderMarkdown } from '../../shared/report/markdown/render-markdown';
import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { PRESET_SCALES } from '../../shared/verdict';
import { addClaimRecords } from './add-claim-records';
import { generateAnnotations } from './generate-annotations';
import { roundMs, timeMedian } from './median';

const ANALYSTS = [
  { id: 'ana', name: 'Ana Analyst' },
  { id: 'bo', name: 'Bo Checker' },
];
const ORGANISATION = {
  name: 'Bench Fact Check',
  url: 'https://factcheck.example',
  reportUrlPattern: 'https://factcheck.example/{slug}-{id}',
};
const EXPORTED_AT = '2026-01-03T12:00:00.000Z';
const RUNS = 3;

/**
 * Times each export of one article as `main/export/build-export.ts` makes it, on `count`
 * annotations split between two analysts with claim records, verdicts, links and sources
 * (`addClaimRecords`): building the report model (anchoring included) and rendering it as HTML,
 * Markdown, CSV and ClaimReview JSON; the W3C collection as JSON; and the other way, reading that
 * file back (parse and `readWebAnnotations`) and placing its annotations on the article
 * (`placeIncoming`), as importing a colleague's file does. Medians in ms; counts check the case.
 */
export function benchExport(article: Article, count: number): Record<string, number> {
  const text = toPlainText(article.blocks);
  const annotations: Annotation[] = addClaimRecords(generateAnnotations(text, article.id, ANALYSTS[0]!, count), ANALYSTS);
  const input = { article, annotations, scope: {}, scales: PRESET_SCALES, exportedAt: EXPORTED_AT };
  const report = buildReport(input);
  const figures: Record<string, number> = {};
  const time = (name: string, fn: () => unknown) => (figures[`${name} (ms)`] = roundMs(timeMedian(fn, RUNS)));
  time('build report: anchor + model', () => buildReport(input));
  time('render HTML', () => renderHtml(report));
  time('render Markdown', () => renderMarkdown(report));
  time('render CSV', () => renderCsv(report));
  time('ClaimReview: build + JSON', () => JSON.stringify(buildClaimReviews(report, ORGANISATION).reviews, null, 2));
  time('W3C export: collection + JSON', () => JSON.stringify(toAnnotationCollection(article, annotations, EXPORTED_AT), null, 2));

  const w3c = JSON.stringify(toAnnotationCollection(article, annotations, EXPORTED_AT), null, 2);
  time('W3C read: parse + readWebAnnotations', () => readWebAnnotations(JSON.parse(w3c)));
  const read = readWebAnnotations(JSON.parse(w3c));
  if (!read.ok) throw new Error(`the benchmark's W3C file does not read back: ${read.problems.join('; ')}`);
  let n = 0;
  const place = () => placeIncoming(read.annotations, { text, documentId: article.id, now: EXPORTED_AT, newId: () => `new-${n++}` });
  time('W3C placement: placeIncoming', place);

  const placed = place();
  figures['report: placed'] = report.entries.filter((e) => e.placement.status === 'placed').length;
  figures['report: claims'] = report.claims.length;
  figures['ClaimReview: reviews'] = buildClaimReviews(report, ORGANISATION).reviews.length;
  figures['W3C: placed'] = placed.ok ? placed.annotations.length - placed.unplaced.length : -1;
  figures['HTML report size (KB)'] = Math.round(renderHtml(report).length / 1024);
  return figures;
}
