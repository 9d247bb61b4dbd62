import type { Annotation } from '../../shared/model/annotation';
import type { AnnotationLayer } from '../../shared/model/annotation-layer';

const encoder = new TextEncoder();
const COMMA = encoder.encode(',');
const CLOSE = encoder.encode(']}');
/** Compact JSON of each annotation already written, so a change re-encodes only what changed. */
const encoded = new WeakMap<Annotation, Uint8Array>();

/**
 * The compact JSON of a layer, as the chunks to write in order: the same bytes as
 * `JSON.stringify(layer)`. Each annotation object is encoded once and remembered, so compacting
 * a 10,000-annotation layer re-encodes only the annotations that changed. That is only sound
 * while stored annotations are never mutated; the store freezes them.
 */
export function serializeLayer(layer: AnnotationLayer): Uint8Array[] {
  const { annotations, ...head } = layer;
  const opening = JSON.stringify({ ...head, annotations: [] }).slice(0, -2);
  const chunks: Uint8Array[] = [encoder.encode(opening)];
  annotations.forEach((annotation, i) => {
    let bytes = encoded.get(annotation);
    if (!bytes) {
      bytes = encoder.encode(JSON.stringify(annotation));
      encoded.set(annotation, bytes);
    }
    if (i > 0) chunks.push(COMMA);
    chunks.push(bytes);
  });
  chunks.push(CLOSE);
  return chunks;
}

/** Deep-freezes an annotation so it can be stored and its encoding remembered (see serializeLayer). */
export function freezeAnnotation(annotation: Annotation): Annotation {
  const { creator, body, target } = annotation;
  Object.freeze(creator);
  Object.freeze(body);
  Object.freeze(target.selector.quote);
  Object.freeze(target.selector.position);
  Object.freeze(target.selector);
  Object.freeze(target);
  return Object.freeze(annotation);
}
