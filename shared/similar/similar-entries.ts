import type { FactCheck } from '../factcheck/fact-check';
import type { Annotation } from '../model/annotation';
import type { ArticleSummary } from '../model/article';
import type { RatingScale } from '../model/rating-scale';
import { readVerdict } from '../verdict/verdict-group';
import type { SimilarEntry } from './similar-entry';

/**
 * The index entries of one analyst's layer on one article: one per claim annotation, its text the
 * claim record's statement, else the tagged sentence; its verdict's label and group (read on
 * `scales`; a verdict the scales do not know keeps its label, without a group); dated by the
 * verdict, else the annotation's last change; its source the article's title, its analyst the
 * annotation's creator. Denials and evidence are not claims and add nothing.
 */
export function entriesFromLayer(
  article: ArticleSummary,
  annotations: readonly Annotation[],
  scales: readonly RatingScale[],
): SimilarEntry[] {
  const entries: SimilarEntry[] = [];
  for (const annotation of annotations) {
    if (annotation.body.tag !== 'claim') continue;
    const record = annotation.body.claim;
    const statement = record?.statement.trim() ?? '';
    const verdict = record?.verdict;
    const reading = verdict === undefined ? undefined : readVerdict(verdict, scales);
    const entry: SimilarEntry = {
      key: claimEntryKey(article.id, annotation.id),
      kind: 'claim',
      text: statement === '' ? annotation.target.selector.quote.exact : statement,
      docId: article.id,
      annotationId: annotation.id,
      date: verdict?.decided ?? annotation.modified,
      source: article.title,
      analyst: annotation.creator.name || annotation.creator.id,
    };
    if (record?.claimant !== undefined) entry.claimant = record.claimant.name;
    if (article.url !== undefined) entry.url = article.url;
    if (verdict !== undefined) entry.verdict = verdict.label;
    if (reading?.ok) entry.group = reading.group;
    entries.push(entry);
  }
  return entries;
}

/** The index key of a claim annotation. */
export function claimEntryKey(documentId: string, annotationId: string): string {
  return `claim:${documentId}/${annotationId}`;
}

/** The index entry of an imported fact-check: the claim reviewed, its rating and group, its review URL and publisher, dated by the review. */
export function entryFromFactCheck(factCheck: FactCheck): SimilarEntry {
  const entry: SimilarEntry = { key: `factcheck:${factCheck.key}`, kind: 'factcheck', text: factCheck.claim };
  if (factCheck.claimant !== undefined) entry.claimant = factCheck.claimant;
  if (factCheck.url !== undefined) entry.url = factCheck.url;
  if (factCheck.rating !== undefined) entry.verdict = factCheck.rating;
  if (factCheck.publisher !== undefined) entry.source = factCheck.publisher;
  if (factCheck.group !== undefined) entry.group = factCheck.group;
  const date = factCheck.reviewDate ?? factCheck.claimDate;
  if (date !== undefined) entry.date = date;
  return entry;
}
