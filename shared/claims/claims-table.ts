import type { Annotation } from '../model/annotation';
import { CLAIM_STATUSES, type ClaimStatus, type VerdictGroup } from '../model/claim-record';
import type { RatingScale } from '../model/rating-scale';
import { describeVerdictProblem, readVerdict } from '../verdict/verdict-group';
import { warnAboutSources, type LinkedAnnotation, type SourceWarning } from './source-warnings';

/** One claim as the claims table shows it. */
export interface ClaimRow {
  id: string;
  /** Where the claim's sentence starts in the plain text: the table's default order. */
  start: number;
  end: number;
  quote: string;
  /** The record's statement, or '' while the claim has no record. */
  statement: string;
  claimant: string;
  status: ClaimStatus;
  /** The verdict's label as recorded, '' without a verdict. */
  verdict: string;
  /** The verdict's common group; null without a verdict or when it cannot be placed. */
  group: VerdictGroup | null;
  /** Why the verdict could not be placed (an unknown rating), for a warning; null when fine. */
  verdictProblem: string | null;
  supports: number;
  refutes: number;
  context: number;
  /** Sourcing warnings; only computed for claims with a verdict. */
  warnings: SourceWarning[];
}

/**
 * The claims table's rows, in document order: every claim annotation with its record's
 * statement, claimant, status and verdict (mapped to its common group on the workspace's
 * `scales`; an unknown rating is kept and reported in `verdictProblem`), and how many evidence
 * and denial annotations support, refute or add context to it.
 */
export function buildClaimRows(annotations: readonly Annotation[], scales: readonly RatingScale[]): ClaimRow[] {
  const linked = indexLinks(annotations);
  return sortClaims(annotations.filter((a) => a.body.tag === 'claim')).map((a) => claimRow(a, linked, scales));
}

/**
 * Claims in the order the analyst numbers them: by place in the text, and a sentence split into
 * several claims by when each was made, so "Claim 2" stays the one split off.
 */
export function sortClaims(claims: readonly Annotation[]): Annotation[] {
  return [...claims].sort((a, b) => {
    const pa = a.target.selector.position;
    const pb = b.target.selector.position;
    return pa.start - pb.start || pa.end - pb.end || a.created.localeCompare(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * What links to each claim, by claim id, from one pass over the annotations: the table then
 * costs O(annotations + links), not claims × annotations.
 */
export function indexLinks(annotations: readonly Annotation[]): Map<string, LinkedAnnotation[]> {
  const linked = new Map<string, LinkedAnnotation[]>();
  for (const annotation of annotations) {
    if (annotation.body.tag === 'claim' || !annotation.body.links) continue;
    for (const link of annotation.body.links) {
      const list = linked.get(link.claim) ?? [];
      list.push({ annotation, stance: link.stance });
      linked.set(link.claim, list);
    }
  }
  return linked;
}

/** The table row of one claim annotation, given `indexLinks` of its article (see `buildClaimRows`). */
export function claimRow(
  claim: Annotation,
  linked: ReadonlyMap<string, readonly LinkedAnnotation[]>,
  scales: readonly RatingScale[],
): ClaimRow {
  const record = claim.body.claim;
  const reading = record?.verdict ? readVerdict(record.verdict, scales) : null;
  const position = claim.target.selector.position;
  const links = linked.get(claim.id) ?? [];
  return {
    id: claim.id,
    start: position.start,
    end: position.end,
    quote: claim.target.selector.quote.exact,
    statement: record?.statement ?? '',
    claimant: record?.claimant?.name ?? '',
    status: record?.status ?? 'unstarted',
    verdict: record?.verdict?.label ?? '',
    group: reading?.ok ? reading.group : null,
    verdictProblem: reading && !reading.ok ? describeVerdictProblem(reading.problem) : null,
    ...countStances(links),
    warnings: record?.verdict ? warnAboutSources(links) : [],
  };
}

function countStances(linked: readonly LinkedAnnotation[]): Record<'supports' | 'refutes' | 'context', number> {
  const count = { supports: 0, refutes: 0, context: 0 };
  for (const { stance } of linked) count[stance] += 1;
  return count;
}

/** The columns the table sorts by. */
export const CLAIM_SORT_KEYS = ['position', 'statement', 'claimant', 'status', 'verdict', 'supports', 'refutes'] as const;
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number];

// Verdicts sort from true to false, then the unverifiable, then those that cannot be placed,
// then claims without a verdict, so a descending sort puts unfinished work first.
const GROUP_ORDER: Record<VerdictGroup, number> = { true: 0, mixed: 1, false: 2, unverifiable: 3 };

function verdictRank(row: ClaimRow): number {
  if (row.group) return GROUP_ORDER[row.group];
  return row.verdict ? 4 : 5;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: ClaimSortKey, a: ClaimRow, b: ClaimRow): number {
  switch (key) {
    case 'position':
      return a.start - b.start;
    case 'statement':
      return collator.compare(a.statement || a.quote, b.statement || b.quote);
    case 'claimant':
      return collator.compare(a.claimant, b.claimant);
    case 'status':
      return CLAIM_STATUSES.indexOf(a.status) - CLAIM_STATUSES.indexOf(b.status);
    case 'verdict':
      return verdictRank(a) - verdictRank(b) || collator.compare(a.verdict, b.verdict);
    case 'supports':
      return a.supports - b.supports;
    case 'refutes':
      return a.refutes - b.refutes;
  }
}

/** Rows sorted by `key` (ties in document order); `descending` reverses the key, not the ties. */
export function sortClaimRows(rows: readonly ClaimRow[], key: ClaimSortKey, descending = false): ClaimRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compareBy(key, a, b) || a.start - b.start);
}

/** What the table is filtered to; every part is optional. */
export interface ClaimFilter {
  /** Words that must all appear in the statement, quote or claimant (case-blind). */
  text?: string;
  status?: ClaimStatus;
  /** A verdict group, `none` for claims without a verdict, `problem` for unplaceable verdicts. */
  verdict?: VerdictGroup | 'none' | 'problem';
}

/** Rows matching every part of `filter`, order kept. */
export function filterClaimRows(rows: readonly ClaimRow[], filter: ClaimFilter): ClaimRow[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.status && row.status !== filter.status) return false;
    if (filter.verdict === 'none' && row.verdict !== '') return false;
    if (filter.verdict === 'problem' && row.verdictProblem === null) return false;
    if (filter.verdict && filter.verdict !== 'none' && filter.verdict !== 'problem' && row.group !== filter.verdict) return false;
    if (words.length === 0) return true;
    const haystack = `${row.statement} ${row.quote} ${row.claimant}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** The claims a link picker offers: those matching `query`, nearest to `near` (a text offset) first. */
export function pickableClaims(rows: readonly ClaimRow[], query: string, near: number, limit = 8): ClaimRow[] {
  return [...filterClaimRows(rows, { text: query })]
    .sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near) || a.start - b.start)
    .slice(0, limit);
}
