import type { LibrarySearchFilters } from '../../shared/ipc/search-contract';
import type { Annotation } from '../../shared/model/annotation';
import type { ArticleSummary } from '../../shared/model/article';

/** What the library search's filters ask of one article, gathered when it is indexed. */
export interface ArticleFacts {
  /** The day it was added to the library, YYYY-MM-DD. */
  added: string;
  tags: Set<string>;
  statuses: Set<string>;
  /** Verdict labels by their lower case (filters match either case), each as an analyst wrote it. */
  verdicts: Map<string, string>;
  /** Analyst id → the name their annotations carry. */
  analysts: Map<string, string>;
}

/** The facts of an article before any layer is read. */
export function emptyFacts(summary: Pick<ArticleSummary, 'importedAt'>): ArticleFacts {
  return { added: summary.importedAt.slice(0, 10), tags: new Set(), statuses: new Set(), verdicts: new Map(), analysts: new Map() };
}

/** Adds one analyst's layer to `facts`; an empty layer names nobody. */
export function addLayerFacts(facts: ArticleFacts, analystId: string, annotations: readonly Annotation[]): void {
  for (const annotation of annotations) {
    facts.analysts.set(analystId, annotation.creator.name || analystId);
    facts.tags.add(annotation.body.tag);
    const claim = annotation.body.claim;
    if (claim) facts.statuses.add(claim.status);
    if (claim?.verdict && !facts.verdicts.has(claim.verdict.label.toLowerCase()))
      facts.verdicts.set(claim.verdict.label.toLowerCase(), claim.verdict.label);
  }
}

/** Tells whether an article with `facts` passes every filter given. */
export function passesFilters(facts: ArticleFacts, filters: LibrarySearchFilters): boolean {
  return (
    (filters.tag === undefined || facts.tags.has(filters.tag)) &&
    (filters.status === undefined || facts.statuses.has(filters.status)) &&
    (filters.verdict === undefined || facts.verdicts.has(filters.verdict.toLowerCase())) &&
    (filters.analyst === undefined || facts.analysts.has(filters.analyst)) &&
    (filters.addedFrom === undefined || facts.added >= filters.addedFrom) &&
    (filters.addedTo === undefined || facts.added <= filters.addedTo)
  );
}
