import { join } from 'node:path';
import type { Annotation, Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { changesDirOf, LAYER_CHANGE_SCHEMA_VERSION, readPendingChanges, replayChange, type LayerChangeRecord } from './layer-changes';
import { freezeAnnotation, serializeLayer } from './serialize-layer';
import { createStoreFile, type StoreContext } from './store-context';
import { createCoalescingWriter, type CoalescingWriter, type StoreFileAdapter } from './store-file';
import { layerPath } from './store-paths';
import { isWellFormedLayer } from './well-formed-layer';

/** One analyst's layer on one document in memory, with what of it is not yet in any file. */
export interface LoadedLayer {
  documentId: string;
  analyst: Creator;
  /** The layer file: read (with recovery from backups) when loaded, rewritten by compaction. */
  file: StoreFileAdapter<AnnotationLayer>;
  /** Absolute folder of the layer's change files. */
  changesDir: string;
  /** The layer's annotations by id, the one copy in memory. */
  byId: Map<string, Annotation>;
  /** Changes in memory not yet in a change file (a write failed, or one is running): the annotation, or null for a removal. */
  unsaved: Map<string, Annotation | null>;
  /** Bumped by `replace`: the next change file holds the whole layer. */
  replaced: number;
  /** `replaced` as last written. */
  replacedWritten: number;
  lastSeq: number;
  /** Change files written since the layer file last held everything. */
  changeFiles: number;
  changesFolderReady: boolean;
  /** The layer file exists (was read or written): until it does, saves write it rather than change files. */
  fileWritten: boolean;
  writer: CoalescingWriter;
  /** Runs one file operation of this layer at a time: a change file or a compaction. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  timer?: NodeJS.Timeout;
  forgotten: boolean;
}

/**
 * Reads the analyst's layer on the document from the store in `context`: its file (validated,
 * recovered from backups, checked to be this analyst's on this document), then its pending change
 * files replayed over it, each annotation frozen. `save` is what the layer's writer runs when a
 * change asks to be written. Rejects when the layer file cannot be read at all.
 */
export async function loadLayer(
  context: StoreContext,
  documentId: string,
  analyst: Creator,
  save: (layer: LoadedLayer) => Promise<void>,
): Promise<LoadedLayer> {
  const path = layerPath(documentId, analyst.id);
  const format = {
    schema: annotationLayerSchema,
    version: LAYER_SCHEMA_VERSION,
    vouch: isWellFormedLayer,
    check: (layer: AnnotationLayer) =>
      layer.documentId !== documentId || layer.analyst.id !== analyst.id
        ? `holds annotations of ${layer.analyst.id} on ${layer.documentId}, not of ${analyst.id} on ${documentId}`
        : undefined,
  };
  const file = createStoreFile(context, path, format, { serialize: serializeLayer });
  const stored = await file.read();
  const byId = new Map((stored?.annotations ?? []).map((a) => [a.id, freezeAnnotation(a)]));
  const changesDir = join(context.storeDir, changesDirOf(path));
  const pending = await readPendingChanges(changesDir, documentId, analyst, context.report);
  for (const { record } of pending.records) replayChange(byId, record, freezeAnnotation);
  const layer: LoadedLayer = {
    documentId,
    analyst,
    file,
    changesDir,
    byId,
    unsaved: new Map(),
    replaced: 0,
    replacedWritten: 0,
    lastSeq: pending.lastSeq,
    changeFiles: pending.records.length,
    changesFolderReady: pending.lastSeq > 0,
    fileWritten: stored !== null,
    writer: createCoalescingWriter(() => save(layer)),
    exclusive: createExclusive(),
    forgotten: false,
  };
  return layer;
}

/** Whether the layer holds a change in memory that no file holds yet. */
export function hasUnsaved(layer: LoadedLayer): boolean {
  return layer.unsaved.size > 0 || layer.replaced !== layer.replacedWritten;
}

/** What the next change file holds: the whole layer after a `replace`, else the unsaved upserts and removals. */
export function changeRecord(layer: LoadedLayer, taken: ReadonlyMap<string, Annotation | null>, replacing: boolean): LayerChangeRecord {
  const head = { schemaVersion: LAYER_CHANGE_SCHEMA_VERSION as 1, documentId: layer.documentId, analystId: layer.analyst.id };
  if (replacing) return { ...head, replace: [...layer.byId.values()] };
  const upsert: Annotation[] = [];
  const remove: string[] = [];
  for (const [id, annotation] of taken) {
    if (annotation) upsert.push(annotation);
    else remove.push(id);
  }
  return { ...head, upsert, remove };
}

/** Marks as written what a change file or compaction took, unless it changed again meanwhile. */
export function settle(layer: LoadedLayer, taken: ReadonlyMap<string, Annotation | null>, replaced: number): void {
  for (const [id, annotation] of taken) if (layer.unsaved.get(id) === annotation) layer.unsaved.delete(id);
  layer.replacedWritten = replaced;
}

function createExclusive(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work);
    tail = run.catch(() => {});
    return run;
  };
}
