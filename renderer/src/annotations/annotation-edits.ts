import type { Annotation, Tag } from '../../../shared/model/annotation';
import type { TextRange } from '../text/text-range';

/** Body fields an edit may change; the tag is changed only by the tagging operations. */
export type BodyPatch = { [K in Exclude<keyof Annotation['body'], 'tag'>]?: Annotation['body'][K] | undefined };

/** A new annotation made as part of one multi-annotation step (`AnnotationStore.applyEdits`). */
export interface NewAnnotationEdit {
  tag: Tag;
  range: TextRange;
  patch?: BodyPatch;
}

/** `annotation` with `patch` applied (`undefined` clears a field), marked modified at `at`. */
export function patchBody(annotation: Annotation, patch: BodyPatch, at: Date): Annotation {
  const body: Record<string, unknown> = { ...annotation.body };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete body[key];
    else body[key] = value;
  }
  return { ...annotation, modified: at.toISOString(), body: body as Annotation['body'] };
}
