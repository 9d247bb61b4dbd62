import type { Annotation } from '../model/annotation';
import type { ClaimReference, EvidenceSource, SnapshotRef } from '../model/claim-record';

/** "the fact-check by Example Checks (copied 2026-12-07): “…” https://…": where a copied verdict or source, or a same-claim link, points. */
export function describeReference(reference: ClaimReference, verb: 'copied' | 'linked'): string {
  const what = reference.kind === 'factcheck' ? 'the fact-check' : 'the claim';
  const where = reference.title ? ` ${reference.kind === 'factcheck' ? 'by' : 'in'} ${reference.title}` : '';
  const url = reference.url ? ` ${reference.url}` : '';
  return `${what}${where} (${verb} ${reference.at.slice(0, 10)}): “${reference.text}”${url}`;
}

/** "archived 2026-12-07 14:03 UTC, HTTP 200, sha256 0123…, from https://…": how a report cites a source's snapshot. */
export function describeSnapshotCitation(snapshot: SnapshotRef): string {
  const when = `${snapshot.retrieved.slice(0, 10)} ${snapshot.retrieved.slice(11, 16)} UTC`;
  const how =
    snapshot.how === 'fetched'
      ? `archived ${when}${snapshot.status === undefined ? '' : `, HTTP ${snapshot.status}`}`
      : `saved copy ${snapshot.finalUrl} attached ${when}`;
  const from = snapshot.how === 'fetched' ? `, from ${snapshot.finalUrl}` : '';
  return `${how}, sha256 ${snapshot.sha256}${from}`;
}

/** An annotation's sources as a report lists them: the evidence's own, then those copied onto a claim. */
export function reportSources(annotation: Annotation): EvidenceSource[] {
  return [...(annotation.body.sources ?? []), ...(annotation.body.claim?.sources ?? [])];
}

/** The extra lines a source has in a report: its snapshot and where it was copied from, when it has them. */
export function sourceProvenance(source: EvidenceSource): string[] {
  return [
    ...(source.snapshot ? [`Snapshot: ${describeSnapshotCitation(source.snapshot)}`] : []),
    ...(source.copiedFrom ? [`Copied from ${describeReference(source.copiedFrom, 'copied')}`] : []),
  ];
}

/** The claim-memory rows of a claim in a report: where its verdict was copied from, and the earlier checks linked as the same claim. */
export function claimMemoryRows(annotation: Annotation): [string, string][] {
  const rows: [string, string][] = [];
  const copied = annotation.body.claim?.verdict?.copiedFrom;
  if (copied) rows.push(['Verdict copied from', describeReference(copied, 'copied')]);
  for (const link of annotation.body.sameClaims ?? []) rows.push(['Same claim as', describeReference(link, 'linked')]);
  return rows;
}
