import type { EvidenceSource } from '../../model/claim-record';
import { describeSnapshotCitation } from '../claim-memory-lines';
import type { ReportEntry, ReportModel } from '../report-model';
import { toCsv } from './csv-cell';

/** The columns, in order; README.md in this folder's parent says what each holds. */
export const CSV_COLUMNS = [
  'document_id',
  'document_title',
  'annotation_id',
  'number',
  'tag',
  'start',
  'end',
  'placement',
  'quote',
  'note',
  'analyst_id',
  'analyst',
  'created',
  'modified',
  'claim_statement',
  'claimant',
  'claimant_kind',
  'claimant_role',
  'attribution',
  'claim_status',
  'verdict',
  'verdict_scale',
  'verdict_group',
  'verdict_value',
  'verdict_justification',
  'linked_claims',
  'sources',
] as const;

/**
 * One row per annotation in the report's order (placed ones by position, then the unplaced),
 * under a header row of `CSV_COLUMNS`; UTF-8 with BOM, RFC 4180 quoting, formulas neutralised.
 * A source with a snapshot cites it after its address: date, HTTP status, SHA-256, final URL.
 */
export function renderCsv(report: ReportModel): string {
  return toCsv([CSV_COLUMNS, ...report.entries.map((entry) => toRow(report, entry))]);
}

function toRow(report: ReportModel, entry: ReportEntry): (string | number | undefined)[] {
  const { annotation, placement, verdict } = entry;
  const claim = annotation.body.claim;
  const placed = placement.status === 'placed' ? placement : undefined;
  const row: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
    document_id: report.documentId,
    document_title: report.title,
    annotation_id: annotation.id,
    number: entry.number,
    tag: entry.tag,
    start: placed?.start,
    end: placed?.end,
    placement: placement.status,
    quote: entry.quote,
    note: annotation.body.note,
    analyst_id: annotation.creator.id,
    analyst: annotation.creator.name,
    created: annotation.created,
    modified: annotation.modified,
    claim_statement: claim?.statement,
    claimant: claim?.claimant?.name,
    claimant_kind: claim?.claimant?.kind,
    claimant_role: claim?.claimant?.role,
    attribution: claim?.attribution,
    claim_status: claim?.status,
    verdict: verdict?.label,
    verdict_scale: verdict?.scaleId,
    verdict_group: verdict?.group,
    verdict_value: verdict?.value,
    verdict_justification: verdict?.justification,
    linked_claims: entry.links.map((l) => `${l.claimId} ${l.stance}`).join('; ') || undefined,
    sources: (annotation.body.sources ?? []).map(describeSource).join('; ') || undefined,
  };
  return CSV_COLUMNS.map((column) => row[column]);
}

/** "TITLE URL", and the snapshot it cites in brackets: a reader of the table can find the page as it was. */
function describeSource(source: EvidenceSource): string {
  const citation = source.snapshot ? `(${describeSnapshotCitation(source.snapshot)})` : undefined;
  return [source.title, source.url, citation].filter(Boolean).join(' ');
}
