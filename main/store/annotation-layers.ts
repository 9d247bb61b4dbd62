import { join } from 'node:path';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation, Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION } from '../../shared/model/annotation-layer';
import { durableFs } from './durable-fs';
import { makeDirectoryDurably, writeFileDurably } from './durable-write';
import { changeFileName, changesDirOf, type LayerChangeRecord } from './layer-changes';
import { createLayerCompaction, removeChanges, type CompactionPolicy } from './layer-compaction';
import { changeRecord, hasUnsaved, loadLayer, settle, type LoadedLayer } from './loaded-layer';
import { freezeAnnotation } from './serialize-layer';
import type { StoreContext } from './store-context';
import { layerPath } from './store-paths';
import { readOnlyFileFailure, toWriteFailure, WriteFailedError } from './write-failure';

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
  /**
   * Folds every layer's saved changes into its layer file now; resolves once done (a failure
   * leaves the change files, still durable). A layer holding a change whose save was refused is
   * left for its next write.
   */
  compact(): Promise<void>;
  /** Forgets a layer being deleted: its pending changes are dropped from disk and memory, so nothing writes its file again. */
  forget(documentId: string, analyst: Creator): Promise<void>;
  /** Resolves when all writes asked for so far have finished. */
  idle(): Promise<void>;
}

/**
 * The layer writer of the store in `context`. A layer is read once (`loaded-layer.ts`: its file,
 * then its change files replayed over it) and kept in memory. Saving a change writes only that
 * change, as a small change file beside the layer (`layer-changes.ts`), durably: its cost follows
 * the change, not the layer. Once the layer has been quiet for `policy.afterMs` (or after
 * `afterChanges` change files, or on `compact`), the layer file is rewritten from memory, a
 * compaction mark records which change files it now holds, and those are removed
 * (`layer-compaction.ts`). A crash at any point leaves the layer file whole (old or new) and every
 * confirmed change in it or in a change file; replaying a change already in the file changes
 * nothing, since each holds whole annotations by id. Readers of the layer file alone (colleagues,
 * sync) see a complete layer as of the last compaction.
 */
export function createAnnotationLayers(context: StoreContext, policy: CompactionPolicy = {}): AnnotationLayers {
  const loaded = new Map<string, Promise<LoadedLayer>>();
  const compaction = createLayerCompaction(context, policy, writeChangeFile);

  function load(documentId: string, analyst: Creator): Promise<LoadedLayer> {
    const path = layerPath(documentId, analyst.id);
    let layer = loaded.get(path);
    if (!layer) {
      layer = loadLayer(context, documentId, analyst, saveChange).then((read) => {
        if (read.changeFiles > 0) compaction.whenQuiet(read);
        return read;
      });
      loaded.set(path, layer);
      // A failed read is not cached, so the next request tries again.
      layer.catch(() => loaded.delete(path));
    }
    return layer;
  }

  async function saveChange(layer: LoadedLayer): Promise<void> {
    await layer.exclusive(async () => {
      if (layer.forgotten || !hasUnsaved(layer)) return;
      // A new layer gets its file at once, small as it is then, so whoever lists the folder finds it.
      if (!layer.fileWritten) return compaction.foldIn(layer);
      const taken = new Map(layer.unsaved);
      const replaced = layer.replaced;
      await writeChangeFile(layer, changeRecord(layer, taken, replaced !== layer.replacedWritten));
      settle(layer, taken, replaced);
      context.written?.(layerPath(layer.documentId, layer.analyst.id));
    });
    compaction.afterSave(layer);
  }

  /** Writes `record` durably as the layer's next change file; runs exclusively. */
  async function writeChangeFile(layer: LoadedLayer, record: LayerChangeRecord): Promise<void> {
    const seq = ++layer.lastSeq;
    const layerFile = join(context.storeDir, layerPath(layer.documentId, layer.analyst.id));
    try {
      await refuseReadOnly(layerFile);
      if (!layer.changesFolderReady) await makeDirectoryDurably(layer.changesDir, layerFile);
      layer.changesFolderReady = true;
      await writeFileDurably(join(layer.changesDir, changeFileName(seq)), JSON.stringify(record));
    } catch (error) {
      throw failureOf(layerFile, error);
    }
    layer.changeFiles++;
  }

  async function loadedLayers(): Promise<LoadedLayer[]> {
    const layers = await Promise.allSettled(loaded.values());
    return layers.flatMap((l) => (l.status === 'fulfilled' ? [l.value] : []));
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
      for (const annotation of change.upsert) {
        const frozen = freezeAnnotation(annotation);
        layer.byId.set(annotation.id, frozen);
        layer.unsaved.set(annotation.id, frozen);
      }
      for (const id of change.remove) {
        layer.byId.delete(id);
        layer.unsaved.set(id, null);
      }
      await layer.writer.request();
    },

    async replace(documentId, analyst, annotations) {
      const parsed = annotationLayerSchema.safeParse({ schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst, annotations });
      if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'invalid layer');
      const layer = await load(documentId, analyst);
      layer.byId = new Map(annotations.map((a) => [a.id, freezeAnnotation(a)]));
      layer.unsaved.clear();
      layer.replaced++;
      await layer.writer.request();
    },

    async compact() {
      await Promise.allSettled((await loadedLayers()).map((layer) => compaction.compact(layer, true)));
    },

    async forget(documentId, analyst) {
      const path = layerPath(documentId, analyst.id);
      const layer = await loaded.get(path)?.catch(() => undefined);
      loaded.delete(path);
      if (layer) {
        clearTimeout(layer.timer);
        await layer.exclusive(async () => {
          layer.forgotten = true;
        });
      }
      const changesDir = join(context.storeDir, changesDirOf(path));
      try {
        await removeChanges(changesDir, Infinity);
      } catch (error) {
        throw toWriteFailure(join(context.storeDir, path), error);
      }
    },

    async idle() {
      const layers = await loadedLayers();
      await Promise.all(layers.map((l) => l.writer.idle()));
      await Promise.all(layers.map((l) => l.exclusive(async () => {})));
      await Promise.all(layers.map((l) => l.file.idle()));
    },
  };

  function invalid(reason: string): UserFacingError {
    return new UserFacingError('invalid-request', `The annotations cannot be saved: ${reason}.`);
  }
}

/** Refuses to save into a layer whose file someone made read-only, as a rewrite of it would be refused. */
async function refuseReadOnly(layerFile: string): Promise<void> {
  const info = await durableFs()
    .stat(layerFile)
    .catch(() => undefined);
  if (info && (info.mode & 0o222) === 0) throw readOnlyFileFailure(layerFile);
}

/** A failed change file named as the layer's failure: the analyst knows the layer, not its change files. */
function failureOf(layerFile: string, error: unknown): WriteFailedError {
  if (!(error instanceof WriteFailedError) || error.file === layerFile) return toWriteFailure(layerFile, error);
  const cause = Object.assign(new Error(error.message), { code: error.errno });
  return toWriteFailure(layerFile, cause);
}
