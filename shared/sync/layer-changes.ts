import type { Annotation } from '../model/annotation';

/** The fields of an annotation whose changes history lists, in the order they are reported. */
export const TRACKED_FIELDS = ['tag', 'quote', 'note', 'statement', 'claimant', 'status', 'verdict', 'links', 'sources'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** One field of one annotation changing between two versions of a layer; `from` null on creation, `to` null on removal. */
export interface FieldChange {
  annotation_id: string;
  field: TrackedField;
  from: string | null;
  to: string | null;
  /** The annotation's own `modified` time after the change; undefined for a removal, which leaves no time of its own. */
  modified?: string;
}

/**
 * The field changes that turn `before` (one analyst's annotations on one document) into `after`:
 * a new annotation lists each field it was given (its tag first), a removed one its tag going to
 * null, a kept one every tracked field whose value differs. Ordered by annotation in `after`'s
 * order (removals last), fields in TRACKED_FIELDS order.
 */
export function diffLayer(before: readonly Annotation[], after: readonly Annotation[]): FieldChange[] {
  const old = new Map(before.map((a) => [a.id, a]));
  const changes: FieldChange[] = [];
  for (const annotation of after) {
    const previous = old.get(annotation.id);
    for (const field of TRACKED_FIELDS) {
      const from = previous ? fieldValue(previous, field) : null;
      const to = fieldValue(annotation, field);
      if (from !== to) changes.push({ annotation_id: annotation.id, field, from, to, modified: annotation.modified });
    }
  }
  const kept = new Set(after.map((a) => a.id));
  for (const annotation of before) {
    if (!kept.has(annotation.id)) changes.push({ annotation_id: annotation.id, field: 'tag', from: annotation.body.tag, to: null });
  }
  return changes;
}

/** A field as one comparable line of text; null when the annotation has none. */
function fieldValue(annotation: Annotation, field: TrackedField): string | null {
  const { body } = annotation;
  switch (field) {
    case 'tag':
      return body.tag;
    case 'quote':
      return annotation.target.selector.quote.exact;
    case 'note':
      return body.note === '' ? null : body.note;
    case 'statement':
      return body.claim && body.claim.statement !== '' ? body.claim.statement : null;
    case 'claimant':
      return body.claim?.claimant ? body.claim.claimant.name : null;
    case 'status':
      return body.claim ? body.claim.status : null;
    case 'verdict':
      return body.claim?.verdict ? body.claim.verdict.label : null;
    case 'links':
      return body.links && body.links.length > 0 ? body.links.map((l) => `${l.stance} ${l.claim}`).join(', ') : null;
    case 'sources':
      return body.sources && body.sources.length > 0 ? body.sources.map((s) => s.title || s.url).join(', ') : null;
  }
}
