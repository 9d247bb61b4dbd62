import { suggestStatement } from '../../../shared/claims';
import type { SimilarMatchView } from '../../../shared/ipc/similar-contract';
import type { Annotation } from '../../../shared/model/annotation';
import type { ClaimRecord, ClaimReference, EvidenceSource, Verdict } from '../../../shared/model/claim-record';
import type { RatingScale } from '../../../shared/model/rating-scale';
import type { ReaderUi } from '../reader/reader-ui';

/**
 * The claim the similar claims are about: `pinned` (the claim whose record is open) when given,
 * else the active annotation when it is a claim, else the first claim inside the selection (a
 * sentence just tagged with 1 is selected). Null when none of them is a claim.
 */
export function subjectClaim(
  ui: Pick<ReaderUi, 'activeId' | 'selection'>,
  annotations: { get(id: string): Annotation | undefined; within(range: { start: number; end: number }): Annotation[] },
  pinned: string | null,
): Annotation | null {
  for (const id of [pinned, ui.activeId]) {
    const annotation = id === null ? undefined : annotations.get(id);
    if (annotation?.body.tag === 'claim') return annotation;
  }
  const range = ui.selection.range;
  return range ? (annotations.within(range).find((a) => a.body.tag === 'claim') ?? null) : null;
}

/**
 * What a claim is looked up by: its record's statement, else the statement the record would draft
 * from its sentence (attribution and quotation marks left out: "told reporters at a news
 * conference" says nothing about the claim), and its claimant.
 */
export function claimQuery(claim: Annotation): { text: string; claimant?: string } {
  const record = claim.body.claim;
  const statement = record?.statement.trim() ?? '';
  const quote = claim.target.selector.quote.exact;
  const text = (statement === '' ? suggestStatement(quote).trim() || quote : statement).slice(0, 5_000);
  const claimant = record?.claimant?.name.trim().slice(0, 300);
  return claimant ? { text, claimant } : { text };
}

/** A match as the claim's record keeps it: what the analyst saw, and when (`at`). */
export function referenceTo(match: SimilarMatchView, at: Date): ClaimReference {
  const where =
    match.kind === 'claim'
      ? {
          ...(match.docId === null ? {} : { documentId: match.docId }),
          ...(match.annotationId === null ? {} : { annotationId: match.annotationId }),
        }
      : { factCheck: match.key.slice('factcheck:'.length).slice(0, 4_000) };
  return {
    kind: match.kind,
    ...where,
    text: match.text.slice(0, 5_000),
    title: (match.source ?? '').slice(0, 1_000),
    ...(match.url === null ? {} : { url: match.url.slice(0, 2_000) }),
    at: at.toISOString(),
  };
}

/** Whether `reference` points at the same claim or fact-check as `match`. */
export function refersTo(reference: ClaimReference, match: Pick<SimilarMatchView, 'key'>): boolean {
  return referenceKey(reference) === match.key;
}

/** The similar-claims index key of a reference (`claim:<doc>/<annotation>` or `factcheck:<key>`). */
export function referenceKey(reference: ClaimReference): string {
  return reference.kind === 'claim'
    ? `claim:${reference.documentId ?? ''}/${reference.annotationId ?? ''}`
    : `factcheck:${reference.factCheck ?? ''}`;
}

/** The claim's same-claim links with `match` linked, or unlinked when it already was. */
export function toggleSameClaim(links: readonly ClaimReference[] | undefined, match: SimilarMatchView, at: Date): ClaimReference[] {
  const current = links ?? [];
  return current.some((l) => refersTo(l, match)) ? current.filter((l) => !refersTo(l, match)) : [...current, referenceTo(match, at)];
}

/**
 * A copied verdict placed on the workspace's scales: moved to the scale the workspace rates on
 * when that has the same rating (a fact-check's "False" on the Truth-O-Meter), else kept as given
 * (its own scale, or free text with its group). It says where it came from and is dated now.
 */
export function copiedVerdict(verdict: Verdict, from: ClaimReference, scales: readonly RatingScale[], scaleId: string, at: Date): Verdict {
  const current = scales.find((s) => s.id === scaleId);
  const rating = current?.freeText ? undefined : current?.ratings.find((r) => r.label.toLowerCase() === verdict.label.toLowerCase());
  const placed: Verdict = { ...verdict, decided: at.toISOString(), copiedFrom: from };
  if (!current || !rating) return placed;
  delete placed.group;
  return { ...placed, scale: current.id, label: rating.label };
}

/** The record with `sources` copied onto it, each saying where it came from; one already there (same address) is not copied twice. */
export function withCopiedSources(record: ClaimRecord, sources: readonly EvidenceSource[], from: ClaimReference): ClaimRecord {
  const have = new Set((record.sources ?? []).map((s) => s.url.trim()).filter((u) => u !== ''));
  const added = sources.filter((s) => s.url.trim() === '' || !have.has(s.url.trim())).map((s) => ({ ...s, copiedFrom: from }));
  return { ...record, sources: [...(record.sources ?? []), ...added] };
}
