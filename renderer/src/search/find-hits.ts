import type { Annotation } from '../../../shared/model/annotation';
import type { TextRange } from '../text/text-range';
import { FoldedText } from './folded-text';

/** Where a find-in-article hit was found: the article text, or a field of an annotation on it. */
export type FindHitPlace = 'text' | 'note' | 'claim' | 'source';

/**
 * One find-in-article hit. `range` is where it sits in the article's plain text: the matched
 * characters for `text`, the annotated sentence for the rest (whose `annotationId` it is, and
 * whose matched field is `field`, matched at `match` in it).
 */
export type FindHit =
  | { place: 'text'; range: TextRange }
  | { place: Exclude<FindHitPlace, 'text'>; range: TextRange; annotationId: string; field: string; match: TextRange };

/** Most hits one query lists: past this the count reads "1000+" and the analyst types more. */
export const MAX_FIND_HITS = 1000;

/** The searchable fields of an annotation besides the text it covers: its note, claim record and sources. */
function annotationFields(annotation: Annotation): { place: Exclude<FindHitPlace, 'text'>; text: string }[] {
  const { note, claim, sources } = annotation.body;
  const fields: { place: Exclude<FindHitPlace, 'text'>; text: string }[] = [];
  if (note.trim() !== '') fields.push({ place: 'note', text: note });
  if (claim) {
    const parts = [claim.statement, claim.claimant?.name, claim.claimant?.role, claim.verdict?.label, claim.verdict?.justification];
    for (const text of parts) if (text && text.trim() !== '') fields.push({ place: 'claim', text });
  }
  for (const source of sources ?? []) {
    for (const text of [source.title, source.publisher, source.url, source.excerpt])
      if (text.trim() !== '') fields.push({ place: 'source', text });
  }
  return fields;
}

/**
 * Every hit of `foldedQuery` (see `foldQuery`) in the article `text` and in the notes, claim
 * records and sources of its painted `annotations`, in reading order: by where they sit in the
 * text, the text's own hit before an annotation's at the same place. At most `MAX_FIND_HITS`.
 */
export function findHits(text: FoldedText, annotations: readonly Annotation[], foldedQuery: string): FindHit[] {
  if (foldedQuery === '') return [];
  const hits: FindHit[] = text.find(foldedQuery, MAX_FIND_HITS).map((range) => ({ place: 'text', range }));
  for (const annotation of annotations) {
    const { start, end } = annotation.target.selector.position;
    for (const { place, text: field } of annotationFields(annotation)) {
      const match = new FoldedText(field).find(foldedQuery, 1)[0];
      if (match) hits.push({ place, range: { start, end }, annotationId: annotation.id, field, match });
    }
  }
  const rank = (hit: FindHit) => (hit.place === 'text' ? 0 : 1);
  return hits.sort((a, b) => a.range.start - b.range.start || rank(a) - rank(b)).slice(0, MAX_FIND_HITS);
}

/** The hit to show first: the first at or after `from` (the selection's start), else the first of all; -1 when none. */
export function firstHitFrom(hits: readonly FindHit[], from: number): number {
  if (hits.length === 0) return -1;
  const at = hits.findIndex((hit) => hit.range.start >= from);
  return at === -1 ? 0 : at;
}
