import { reanchorAnnotations } from '../anchoring/reanchor-annotations';
import { describeSourceWarning, warnAboutSources, type LinkedAnnotation } from '../claims/source-warnings';
import { TAGS, type Annotation, type Creator } from '../model/annotation';
import type { Article } from '../model/article';
import { toPlainText } from '../text/plain-text';
import type { RatingScale } from '../model/rating-scale';
import { describeScope, selectInScope, type ExportScope } from './export-scope';
import { readVerdictView } from './read-verdict-view';
import type { ClaimRow, ReportEntry, ReportModel } from './report-model';
import { splitRuns } from './split-runs';
import type { VerdictChangeView } from './verdict-history';

/** What a report is made from. */
export interface ReportInput {
  article: Article;
  /** Every analyst's annotations on the article, as stored; the scope picks among them. */
  annotations: readonly Annotation[];
  scope: ExportScope;
  /** The workspace's rating scales (presets and its own), to read verdicts. */
  scales: readonly RatingScale[];
  /** ISO date-time of the export. */
  exportedAt: string;
  /** Each claim's verdict changes by annotation id, from the casebook's git history; none when not synced. */
  verdictHistory?: ReadonlyMap<string, VerdictChangeView[]>;
}

/**
 * Builds the report model: the scoped annotations anchored onto the article's current text
 * (placed ones numbered in document order, then those that could not be placed, which are
 * listed, never dropped), the article cut into highlighted runs, and the claims table with the
 * evidence and denials linked to each claim.
 */
export function buildReport({ article, annotations, scope, scales, exportedAt, verdictHistory }: ReportInput): ReportModel {
  const scoped = selectInScope(annotations, scope);
  const text = toPlainText(article.blocks);
  const { anchored, unresolved } = reanchorAnnotations(text, scoped);
  const placed = anchored
    .map((annotation) => ({ annotation, start: annotation.target.selector.position.start, end: annotation.target.selector.position.end }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        TAGS.indexOf(a.annotation.body.tag) - TAGS.indexOf(b.annotation.body.tag) ||
        a.annotation.id.localeCompare(b.annotation.id),
    );

  const entries: ReportEntry[] = [
    ...placed.map(({ annotation, start, end }, i) =>
      toEntry(annotation, i + 1, { status: 'placed', start, end }, text.slice(start, end), scales),
    ),
    ...unresolved.map(({ annotation, status }, i) =>
      toEntry(annotation, placed.length + i + 1, { status }, annotation.target.selector.quote.exact, scales),
    ),
  ];
  const numberOf = new Map(entries.map((e) => [e.annotation.id, e.number]));
  for (const entry of entries) for (const link of entry.links) link.claimNumber = numberOf.get(link.claimId);
  for (const entry of entries) {
    const history = entry.tag === 'claim' ? verdictHistory?.get(entry.annotation.id) : undefined;
    if (history && history.length > 0) entry.verdictHistory = history;
  }

  const analysts = uniqueCreators(scoped);
  const nameOf = (id: string) => analysts.find((a) => a.id === id)?.name || id;
  const { metadata } = article;
  return {
    documentId: article.id,
    title: metadata.title || article.source.fileName,
    outlet: metadata.site,
    byline: metadata.byline,
    date: metadata.publishedText ?? metadata.published,
    published: metadata.published,
    url: metadata.url,
    lang: article.lang,
    analysts,
    exportedAt,
    scope: describeScope(scope, nameOf),
    blocks: splitRuns(
      article.blocks,
      entries.flatMap((e) =>
        e.placement.status === 'placed' ? [{ number: e.number, tag: e.tag, start: e.placement.start, end: e.placement.end }] : [],
      ),
    ),
    entries,
    claims: claimRows(entries),
  };
}

function toEntry(
  annotation: Annotation,
  number: number,
  placement: ReportEntry['placement'],
  quote: string,
  scales: readonly RatingScale[],
): ReportEntry {
  const verdict = annotation.body.claim?.verdict;
  return {
    number,
    annotation,
    tag: annotation.body.tag,
    placement,
    quote,
    ...(verdict ? { verdict: readVerdictView(verdict, scales) } : {}),
    links: (annotation.body.links ?? []).map((l) => ({ claimId: l.claim, stance: l.stance })),
  };
}

function claimRows(entries: readonly ReportEntry[]): ClaimRow[] {
  // Indexed once: scanning every entry's links per claim costs claims × entries (13 s at 10k).
  const bearing = new Map<string, ClaimRow['evidence']>();
  const linked = new Map<string, LinkedAnnotation[]>();
  for (const other of entries) {
    for (const link of other.links) {
      const list = bearing.get(link.claimId) ?? [];
      list.push({ number: other.number, tag: other.tag, stance: link.stance, quote: other.quote });
      bearing.set(link.claimId, list);
      linked.set(link.claimId, [...(linked.get(link.claimId) ?? []), { annotation: other.annotation, stance: link.stance }]);
    }
  }
  return entries
    .filter((e) => e.tag === 'claim')
    .map((entry) => ({
      number: entry.number,
      entry,
      statement: entry.annotation.body.claim?.statement.trim() || entry.quote,
      evidence: bearing.get(entry.annotation.id) ?? [],
      warnings: entry.verdict ? warnAboutSources(linked.get(entry.annotation.id) ?? []).map(describeSourceWarning) : [],
    }));
}

function uniqueCreators(annotations: readonly Annotation[]): Creator[] {
  const byId = new Map<string, Creator>();
  for (const a of annotations) if (!byId.has(a.creator.id)) byId.set(a.creator.id, a.creator);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
