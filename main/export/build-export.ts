import { toAnnotationCollection } from '../../shared/exchange/export-w3c';
import { UserFacingError } from '../../shared/ipc/result';
import type { Organisation } from '../../shared/model/settings';
import { buildReport } from '../../shared/report/build-report';
import { buildClaimReviews } from '../../shared/report/claimreview/build-claim-reviews';
import { toExportJson } from '../../shared/report/export-json';
import { renderCsv } from '../../shared/report/csv/render-csv';
import { formatFacts, suggestFileName, type ExportFormat } from '../../shared/report/export-format';
import { selectInScope, type ExportScope } from '../../shared/report/export-scope';
import { renderHtml } from '../../shared/report/html/render-html';
import { renderMarkdown } from '../../shared/report/markdown/render-markdown';
import type { VerdictChangeView } from '../../shared/report/verdict-history';
import { ADJUDICATED_ID } from '../../shared/review/analyst-layer';
import { PRESET_SCALES } from '../../shared/verdict';
import type { Store } from '../store';
import { readAdjudicatedLayer } from './read-adjudicated-layer';
import { readAllLayers, type AllLayers } from './read-all-layers';
import type { RenderPdf } from './render-pdf';

/** What to export. */
export interface ExportRequest {
  documentId: string;
  format: ExportFormat;
  scope: ExportScope;
  /** For ClaimReview: the organisation when the settings have none (or to override them). */
  organisation?: Organisation;
  /**
   * Whose review decisions form the adjudicated layer when the scope names it: the app's analyst,
   * or `--reviewer` on the command line; the store's analyst when not given.
   */
  reviewerId?: string;
  /**
   * For ClaimReview with no organisation anywhere: the app asks for one (an error), the command
   * line writes an empty array and lists every claim as skipped for that reason, as its contract
   * has it (a JSON array, exit 0, skipped claims on stderr).
   */
  withoutOrganisation?: 'refuse' | 'skip-all';
}

/** An export ready to write: its bytes, a file name suggested from the title, and what the analyst should know. */
export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
  /** Annotations or claims left out, and why (a ClaimReview's skipped claims, unreadable layer files). */
  notes: string[];
}

/** What an export needs from its surroundings. */
export interface ExportDeps {
  store: Store;
  renderPdf: RenderPdf;
  now: () => Date;
  /** Each claim's verdict changes from the casebook's git history, for the HTML, PDF and Markdown reports; none when not given. */
  verdictHistory?: (documentId: string) => Promise<ReadonlyMap<string, VerdictChangeView[]>>;
}

/**
 * Builds one export of a document from every analyst's layer, limited by the scope. The
 * adjudicated layer (creator id `adjudicated`, formed from a reviewer's accepted decisions) is
 * derived, not stored, so it is included only when the scope's analysts name it; it then
 * replaces any layer file of that id. Fails with a UserFacingError for an unknown document
 * ('not-found'), a ClaimReview without an organisation, a PDF without a browser, or an
 * adjudicated layer several reviewers could form ('export-failed').
 */
export async function buildExport(request: ExportRequest, { store, renderPdf, now, verdictHistory }: ExportDeps): Promise<ExportResult> {
  const article = await store.getArticle(request.documentId);
  const settings = store.getSettings();
  const { annotations, problems } = await withAdjudicated(store, request, await readAllLayers(store, request.documentId));
  const exportedAt = now().toISOString();
  const result = (content: string | Uint8Array, notes: string[] = []): ExportResult => ({
    bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    fileName: suggestFileName(article.metadata.title, request.format),
    mediaType: formatFacts(request.format).mediaType,
    notes: [...problems, ...notes],
  });
  if (request.format === 'w3c') {
    return result(toExportJson(toAnnotationCollection(article, selectInScope(annotations, request.scope), exportedAt)));
  }
  const report = buildReport({
    article,
    annotations,
    scope: request.scope,
    scales: [...PRESET_SCALES, ...(settings.customScales ?? [])],
    exportedAt,
    ...(verdictHistory && ['html', 'pdf', 'md'].includes(request.format)
      ? { verdictHistory: await verdictHistory(request.documentId) }
      : {}),
  });
  switch (request.format) {
    case 'html':
      return result(renderHtml(report));
    case 'pdf':
      return result(await renderPdf(renderHtml(report)));
    case 'md':
      return result(renderMarkdown(report));
    case 'csv':
      return result(renderCsv(report));
    case 'claimreview': {
      const organisation = request.organisation ?? settings.organisation;
      if (!organisation && request.withoutOrganisation === 'skip-all') {
        const { reviews, skipped } = buildClaimReviews(report, { name: 'organisation not set' });
        const noOrganisation = 'no organisation to name as the review’s author (pass --org NAME or set it in Settings)';
        return result('[]\n', [
          ...reviews.map((r) => `skipped claim "${r.claimReviewed}": ${noOrganisation}`),
          ...skipped.map((s) => `skipped claim ${s.annotationId} ("${s.claim}"): ${s.reason}`),
        ]);
      }
      if (!organisation) {
        throw new UserFacingError(
          'export-failed',
          'ClaimReview names the fact-checking organisation as its author: set it in the settings (or pass --org NAME).',
        );
      }
      const { reviews, skipped } = buildClaimReviews(report, organisation);
      return result(
        toExportJson(reviews),
        skipped.map((s) => `skipped claim ${s.annotationId} ("${s.claim}"): ${s.reason}`),
      );
    }
  }
}

/** Every layer plus the adjudicated one, when the scope asks for it and a reviewer has accepted something. */
async function withAdjudicated(store: Store, request: ExportRequest, stored: AllLayers): Promise<AllLayers> {
  if (!request.scope.analysts?.includes(ADJUDICATED_ID)) return stored;
  const analysts = stored.annotations.filter((a) => a.creator.id !== ADJUDICATED_ID);
  const reviewerId = request.reviewerId ?? store.getSettings().analyst.id;
  const { adjudicated, problems } = await readAdjudicatedLayer(store.dir, request.documentId, analysts, reviewerId);
  const all = [...stored.problems, ...problems];
  if (adjudicated) return { annotations: [...analysts, ...adjudicated.layer.annotations], problems: all };
  const kept = stored.annotations.length > analysts.length;
  return {
    annotations: stored.annotations,
    problems: kept ? all : [...all, 'No reviewer has accepted an annotation on this document yet, so the adjudicated layer is empty.'],
  };
}
