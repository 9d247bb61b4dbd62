import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation, Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { createStoreFile, type StoreContext } from './store-context';
import type { StoreFileAdapter } from './store-file';
import { layerPath } from './store-paths';

/** A change to one layer: annotations to add or replace (by id), and ids to remove. */
export interface LayerChange {
  upsert: Annotation[];
  remove: string[];
}

/** Every analyst's annotations on every document, one file per analyst per document. */
export interface AnnotationLayers {
  /** The analyst's annotations on the document, in the order they were first added; frozen, as stored. */
  get(documentId: string, analyst: Creator): Promise<Annotation[]>;
  /** The analyst's annotations if the layer is already in memory, else undefined; never reads the file. */
  peek(documentId: string, analyst: Creator): Promise<Annotation[] | undefined>;
  /**
   * Applies a change the store has checked (see `Store.applyToLayer`); resolves once it is
   * durable. If the write itself fails, the change stays in memory and is written with the
   * layer's next change.
   */
  apply(documentId: string, analyst: Creator, change: LayerChange): Promise<void>;
  /** Replaces the whole layer; resolves once durable. 'invalid-request' if the result would not validate. */
  replace(documentId: string, analyst: Creator, annotations: Annotation[]): Promise<void>;
  /** Resolves when all writes asked for so far have finished. */
  idle(): Promise<void>;
}

interface LoadedLayer {
  file: StoreFileAdapter<AnnotationLayer>;
  /** The layer's annotations by id, the one copy in memory; the file is written from it. */
  byId: Map<string, Annotation>;
}

/**
 * Layers of the store in `context`. A layer is read once and then kept in memory, so a change
 * costs a map update plus one (coalesced) write of that analyst's file. Stored annotations,
 * including those passed in, are frozen: the file is written from their remembered encodings.
 */
export function createAnnotationLayers(context: StoreContext): AnnotationLayers {
  const loaded = new Map<string, Promise<LoadedLayer>>();

  function load(documentId: string, analyst: Creator): Promise<LoadedLayer> {
    const path = layerPath(documentId, analyst.id);
    let layer = loaded.get(path);
    if (!layer) {
      layer = readLayer(context, path, documentId, analyst);
      loaded.set(path, layer);
      // A failed read is not cached, so the next request tries again.
      layer.catch(() => loaded.delete(path));
    }
    return layer;
  }

  function save(documentId: string, layer: LoadedLayer, analyst: Creator): Promise<void> {
    return layer.file.write({ schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst, annotations: [...layer.byId.values()] });
  }

  return {
    async get(documentId, analyst) {
      return [...(await load(documentId, analyst)).byId.values()];
    },

    async peek(documentId, analyst) {
      const layer = loaded.get(layerPath(documentId, analyst.id));
      return layer ? [...(await layer).byId.values()] : undefined;
    },

    async apply(documentId, analyst, change) {
      const layer = await load(documentId, analyst);
      for (const annotation of change.upsert) layer.byId.set(annotation.id, freezeAnnotation(annotation));
      for (const id of change.remove) layer.byId.delete(id);
      await save(documentId, layer, analyst);
    },

    async replace(documentId, analyst, annotations) {
      const parsed = annotationLayerSchema.safeParse({ schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst, annotations });
      if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'invalid layer');
      const layer = await load(documentId, analyst);
      layer.byId = new Map(annotations.map((a) => [a.id, freezeAnnotation(a)]));
      await save(documentId, layer, analyst);
    },

    async idle() {
      const layers = await Promise.allSettled(loaded.values());
      await Promise.all(layers.flatMap((l) => (l.status === 'fulfilled' ? [l.value.file.idle()] : [])));
    },
  };
}

async function readLayer(context: StoreContext, path: string, documentId: string, analyst: Creator): Promise<LoadedLayer> {
  const format = {
    schema: annotationLayerSchema,
    version: LAYER_SCHEMA_VERSION,
    check: (layer: AnnotationLayer) =>
      layer.documentId !== documentId || layer.analyst.id !== analyst.id
        ? `holds annotations of ${layer.analyst.id} on ${layer.documentId}, not of ${analyst.id} on ${documentId}`
        : undefined,
  };
  const file = createStoreFile(context, path, format, { serialize: serializeLayer });
  const stored = await file.read();
  return { file, byId: new Map((stored?.annotations ?? []).map((a) => [a.id, freezeAnnotation(a)])) };
}

function invalid(reason: string): UserFacingError {
  return new UserFacingError('invalid-request', `The annotations cannot be saved: ${reason}.`);
}

const encoder = new TextEncoder();
const COMMA = encoder.encode(',');
const CLOSE = encoder.encode(']}');
/** Compact JSON of each annotation already written, so a change re-encodes only what changed. */
const encoded = new WeakMap<Annotation, Uint8Array>();

/**
 * The compact JSON of a layer, as the chunks to write in order: the same bytes as
 * `JSON.stringify(layer)`. Each annotation object is encoded once and remembered, so saving a
 * change to a 10,000-annotation layer costs one annotation's encoding rather than the whole
 * file's. That is only sound while stored annotations are never mutated; the store freezes them.
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
