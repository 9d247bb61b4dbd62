import { describe } from '../../../shared/anchoring';
import { ANNOTATION_SCHEMA_VERSION, type Annotation, type Creator, type Tag } from '../../../shared/model/annotation';
import type { TextRange } from '../text/text-range';

/** Everything a new annotation needs besides its tag and range. */
export interface NewAnnotationContext {
  documentId: string;
  /** The document's plain text, which the selectors describe. */
  text: string;
  creator: Creator;
  id: string;
  at: Date;
}

/**
 * A fresh annotation tagging `range` of the document's plain text: W3C-shaped, with quote and
 * position selectors from `describe`, an empty note and equal created/modified times.
 * Throws RangeError for an empty or out-of-bounds range (see `describe`).
 */
export function newAnnotation(tag: Tag, range: TextRange, context: NewAnnotationContext): Annotation {
  const { documentId, text, creator, id, at } = context;
  const time = at.toISOString();
  return {
    schemaVersion: ANNOTATION_SCHEMA_VERSION,
    id,
    documentId,
    creator,
    created: time,
    modified: time,
    body: { tag, note: '' },
    target: { source: documentId, selector: describe(text, range.start, range.end) },
  };
}
