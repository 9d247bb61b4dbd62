import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation, Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { durableFs } from './durable-fs';
import { makeDirectoryDurably, removeFilesDurably, writeFileDurably } from './durable-write';
import {
  changeFileName,
  changesDirOf,
  COMPACTION_MARK,
  LAYER_CHANGE_SCHEMA_VERSION,
  readPendingChanges,
  replayChange,
  type LayerChangeRecord,
} from './layer-changes';
import { createStoreFile, type StoreContext } from './store-context';
import { createCoalescingWriter, type CoalescingWriter, type StoreFileAdapter } from './store-file';
import { layerPath } from './store-paths';
import { readOnlyFileFailure, toWriteFailure, WriteFailedError } from './write-failure';

/** A change to one layer: annotations to add or replace (by id), and ids to remove. */
export interface LayerChange {
  upsert: Annotation[];
  remove: string[];
}

/** When a layer's saved changes are folded into its file. */
export interface CompactionPolicy {
  /** Quiet time after a layer's last save; one second by default. */
  afterMs?: number;
  /** Change files that trigger a compaction right after a save; 256 by default. */
  afterChanges?: number;
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

interface LoadedLayer {
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

const DEFAULT_COMPACT_AFTER_MS = 1000;
const DEFAULT_COMPACT_AFTER_CHANGES = 256;

/**
 * The layer writer of the store in `context`. A layer is read once (its file, then its change
 * files replayed over it) and kept in memory. Saving a change writes only that change, as a
 * small change file beside the layer (`layer-changes.ts`), durably: its cost follows the change,
 * not the layer. Once the layer has been quiet for `policy.afterMs` (or after `afterChanges`
 * change files, or on `compact`), the layer file is rewritten from memory, a compaction mark
 * records which change files it now holds, and those are removed. A crash at any point leaves
 * the layer file whole (old or new) and every confirmed change in it or in a change file; replaying
 * a change already in the file changes nothing, since each holds whole annotations by id.
 * Readers of the layer file alone (colleagues, sync) see a complete layer as of the last compaction.
 */
export function createAnnotationLayers(context: StoreContext, policy: CompactionPolicy = {}): AnnotationLayers {
  const loaded = new Map<string, Promise<LoadedLayer>>();
  const afterMs = policy.afterMs ?? DEFAULT_COMPACT_AFTER_MS;
  const afterChanges = policy.afterChanges ?? DEFAULT_COMPACT_AFTER_CHANGES;

  function load(documentId: string, analyst: Creator): Promise<LoadedLayer> {
    const path = layerPath(documentId, analyst.id);
    let layer = loaded.get(path);
    if (!layer) {
      layer = readLayer(path, documentId, analyst).then((read) => {
        if (read.changeFiles > 0) schedule(read, afterMs);
        return read;
      });
      loaded.set(path, layer);
      // A failed read is not cached, so the next request tries again.
      layer.catch(() => loaded.delete(path));
    }
    return layer;
  }

  function schedule(layer: LoadedLayer, ms: number): void {
    if (context.readOnly || layer.forgotten) return;
    clearTimeout(layer.timer);
    layer.timer = setTimeout(() => void compactLayer(layer).catch(() => {}), ms);
    layer.timer.unref();
  }

  async function saveChange(layer: LoadedLayer): Promise<void> {
    await layer.exclusive(async () => {
      if (layer.forgotten || (layer.unsaved.size === 0 && layer.replaced === layer.replacedWritten)) return;
      // A new layer gets its file at once, small as it is then, so whoever lists the folder finds it.
      if (!layer.fileWritten) return foldIn(layer);
      const taken = new Map(layer.unsaved);
      const replaced = layer.replaced;
      await writeChangeFile(layer, changeRecord(layer, taken, replaced !== layer.replacedWritten));
      settle(layer, taken, replaced);
      context.written?.(layerPath(layer.documentId, layer.analyst.id));
    });
    schedule(layer, layer.changeFiles >= afterChanges ? 0 : afterMs);
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

  /**
   * Folds the layer's change files into its file. Changes whose save was refused are written too
   * (they go out with the layer's next write), except with `savedOnly`: then such a layer is left
   * as it is, so nothing the caller was told is unsaved gets written behind its back.
   */
  function compactLayer(layer: LoadedLayer, savedOnly = false): Promise<void> {
    clearTimeout(layer.timer);
    return layer.exclusive(async () => {
      const unsaved = layer.unsaved.size > 0 || layer.replaced !== layer.replacedWritten;
      if (layer.forgotten || (layer.changeFiles === 0 && !unsaved) || (savedOnly && unsaved)) return;
      await foldIn(layer);
    });
  }

  /** Rewrites the layer file from memory, then marks and removes the change files it now holds; runs exclusively. */
  async function foldIn(layer: LoadedLayer): Promise<void> {
    const annotations = [...layer.byId.values()];
    const taken = new Map(layer.unsaved);
    const replaced = layer.replaced;
    const unsaved = taken.size > 0 || replaced !== layer.replacedWritten;
    // Until the mark covers them, change files are replayed over the new layer file, so that file
    // may hold nothing newer than the last of them: replayed over changes not yet in one, they
    // would bring back older notes (a kill between the file and the mark left such a mix).
    if (unsaved && layer.changeFiles > 0) await writeChangeFile(layer, changeRecord(layer, taken, replaced !== layer.replacedWritten));
    const through = layer.lastSeq;
    const { documentId, analyst } = layer;
    await layer.file.write({ schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst, annotations });
    settle(layer, taken, replaced);
    layer.fileWritten = true;
    layer.changeFiles = 0;
    if (through === 0 || !layer.changesFolderReady) return;
    // The mark is what makes the change files it covers safe to remove in any order: a partial removal then replays nothing.
    await writeFileDurably(
      join(layer.changesDir, COMPACTION_MARK),
      JSON.stringify({ schemaVersion: LAYER_CHANGE_SCHEMA_VERSION, through }),
    );
    await removeChanges(layer.changesDir, through);
    layer.changesFolderReady = false;
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
      await Promise.allSettled((await loadedLayers()).map((layer) => compactLayer(layer, true)));
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

  async function readLayer(path: string, documentId: string, analyst: Creator): Promise<LoadedLayer> {
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
      writer: createCoalescingWriter(() => saveChange(layer)),
      exclusive: createExclusive(),
      forgotten: false,
    };
    return layer;
  }
}

/** What the next change file holds: the whole layer after a `replace`, else the unsaved upserts and removals. */
function changeRecord(layer: LoadedLayer, taken: ReadonlyMap<string, Annotation | null>, replacing: boolean): LayerChangeRecord {
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
function settle(layer: LoadedLayer, taken: ReadonlyMap<string, Annotation | null>, replaced: number): void {
  for (const [id, annotation] of taken) if (layer.unsaved.get(id) === annotation) layer.unsaved.delete(id);
  layer.replacedWritten = replaced;
}

/**
 * Removes the change files numbered up to `through`, flushed, and then (none being left) the
 * mark and the folder: a mark may only go once no change file it covers can come back.
 */
async function removeChanges(dir: string, through: number): Promise<void> {
  const names = await readdir(dir).catch(() => undefined);
  if (!names) return;
  const numbered = names.filter((name) => Number(/^(\d{10})\.json$/.exec(name)?.[1] ?? Infinity) <= through);
  await removeFilesDurably(dir, numbered);
  if (names.some((name) => /^\d{10}\.json$/.test(name) && !numbered.includes(name))) return;
  await removeFilesDurably(dir, [COMPACTION_MARK]);
  // The folder and its document's folder go once empty; temp files of writes cut off (the sweep's) keep them.
  for (const folder of [dir, dirname(dir)]) {
    const removed = await durableFs()
      .rmdir(folder)
      .then(() => true)
      .catch(() => false);
    if (!removed) return;
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

function createExclusive(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work);
    tail = run.catch(() => {});
    return run;
  };
}

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
