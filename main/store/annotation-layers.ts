import { Low } from 'lowdb';
import { UserFacingError } from '../../shared/ipc/result';
import { annotationSchema, type Annotation, type Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { freezeAnnotation, serializeLayer } from './layer-serializer';
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
  /**
   * Applies a change; resolves once it is durable. 'invalid-request' (and nothing changes) if an
   * annotation is invalid or belongs to another document. If the write itself fails, the change
   * stays in memory and is written with the layer's next change.
   */
  apply(documentId: string, analyst: Creator, change: LayerChange): Promise<void>;
  /** Replaces the whole layer; resolves once durable. 'invalid-request' if the result would not validate. */
  replace(documentId: string, analyst: Creator, annotations: Annotation[]): Promise<void>;
  /** Resolves when all writes asked for so far have finished. */
  idle(): Promise<void>;
}

interface LoadedLayer {
  file: StoreFileAdapter<AnnotationLayer>;
  db: Low<AnnotationLayer>;
  /** The layer's annotations by id; `db.data.annotations` is rebuilt from it before each write. */
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

  async function save(layer: LoadedLayer, analyst: Creator): Promise<void> {
    layer.db.data.analyst = analyst;
    layer.db.data.annotations = [...layer.byId.values()];
    await layer.db.write();
  }

  return {
    async get(documentId, analyst) {
      return [...(await load(documentId, analyst)).byId.values()];
    },

    async apply(documentId, analyst, change) {
      for (const annotation of change.upsert) checkAnnotation(annotation, documentId);
      const layer = await load(documentId, analyst);
      for (const annotation of change.upsert) layer.byId.set(annotation.id, freezeAnnotation(annotation));
      for (const id of change.remove) layer.byId.delete(id);
      await save(layer, analyst);
    },

    async replace(documentId, analyst, annotations) {
      const parsed = annotationLayerSchema.safeParse({ schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst, annotations });
      if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'invalid layer');
      const layer = await load(documentId, analyst);
      layer.byId = new Map(annotations.map((a) => [a.id, freezeAnnotation(a)]));
      await save(layer, analyst);
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
  const db = new Low<AnnotationLayer>(file, { schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst, annotations: [] });
  await db.read();
  return { file, db, byId: new Map(db.data.annotations.map((a) => [a.id, freezeAnnotation(a)])) };
}

function checkAnnotation(annotation: Annotation, documentId: string): void {
  const parsed = annotationSchema.safeParse(annotation);
  if (!parsed.success) throw invalid(`annotation ${annotation.id} is invalid (${parsed.error.issues[0]?.message})`);
  if (annotation.documentId !== documentId) throw invalid(`annotation ${annotation.id} belongs to document ${annotation.documentId}`);
}

function invalid(reason: string): UserFacingError {
  return new UserFacingError('invalid-request', `The annotations cannot be saved: ${reason}.`);
}
