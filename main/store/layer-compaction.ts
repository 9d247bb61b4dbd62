import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LAYER_SCHEMA_VERSION } from '../../shared/model/annotation-layer';
import { durableFs } from './durable-fs';
import { removeFilesDurably, writeFileDurably } from './durable-write';
import { COMPACTION_MARK, LAYER_CHANGE_SCHEMA_VERSION, type LayerChangeRecord } from './layer-changes';
import { changeRecord, hasUnsaved, settle, type LoadedLayer } from './loaded-layer';
import type { StoreContext } from './store-context';

/** When a layer's saved changes are folded into its file. */
export interface CompactionPolicy {
  /** Quiet time after a layer's last save; one second by default. */
  afterMs?: number;
  /** Change files that trigger a compaction right after a save; 256 by default. */
  afterChanges?: number;
}

/** Folds layers' change files into their layer files, in the background or when asked. */
export interface LayerCompaction {
  /** Folds the layer in once it has been quiet for the policy's time (a timer, restarted by each call). */
  whenQuiet(layer: LoadedLayer): void;
  /** After a save: as `whenQuiet`, or at once when the layer has `afterChanges` change files. */
  afterSave(layer: LoadedLayer): void;
  /**
   * Folds the layer's change files into its file now, unless it has none and nothing unsaved.
   * Changes whose save was refused are written too (they go out with the layer's next write),
   * except with `savedOnly`: then such a layer is left as it is, so nothing the caller was told is
   * unsaved gets written behind its back.
   */
  compact(layer: LoadedLayer, savedOnly?: boolean): Promise<void>;
  /**
   * Rewrites the layer file from memory, then marks and removes the change files it now holds;
   * for callers already inside the layer's `exclusive`. Rejects, leaving every change durable
   * somewhere, when a write fails.
   */
  foldIn(layer: LoadedLayer): Promise<void>;
}

const DEFAULT_COMPACT_AFTER_MS = 1000;
const DEFAULT_COMPACT_AFTER_CHANGES = 256;

/**
 * The compaction of the store in `context` (none is scheduled in a read-only store).
 * `writeChangeFile` writes a record durably as a layer's next change file; compaction uses it for
 * what is in memory but in no change file yet, since the new layer file may hold nothing newer
 * than the change files its mark does not cover yet.
 */
export function createLayerCompaction(
  context: StoreContext,
  policy: CompactionPolicy,
  writeChangeFile: (layer: LoadedLayer, record: LayerChangeRecord) => Promise<void>,
): LayerCompaction {
  const afterMs = policy.afterMs ?? DEFAULT_COMPACT_AFTER_MS;
  const afterChanges = policy.afterChanges ?? DEFAULT_COMPACT_AFTER_CHANGES;

  function schedule(layer: LoadedLayer, ms: number): void {
    if (context.readOnly || layer.forgotten) return;
    clearTimeout(layer.timer);
    layer.timer = setTimeout(() => void compact(layer).catch(() => {}), ms);
    layer.timer.unref();
  }

  function compact(layer: LoadedLayer, savedOnly = false): Promise<void> {
    clearTimeout(layer.timer);
    return layer.exclusive(async () => {
      const unsaved = hasUnsaved(layer);
      if (layer.forgotten || (layer.changeFiles === 0 && !unsaved) || (savedOnly && unsaved)) return;
      await foldIn(layer);
    });
  }

  async function foldIn(layer: LoadedLayer): Promise<void> {
    const annotations = [...layer.byId.values()];
    const taken = new Map(layer.unsaved);
    const replaced = layer.replaced;
    // Until the mark covers them, change files are replayed over the new layer file, so that file
    // may hold nothing newer than the last of them: replayed over changes not yet in one, they
    // would bring back older notes (a kill between the file and the mark left such a mix).
    if (hasUnsaved(layer) && layer.changeFiles > 0)
      await writeChangeFile(layer, changeRecord(layer, taken, replaced !== layer.replacedWritten));
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

  return {
    whenQuiet: (layer) => schedule(layer, afterMs),
    afterSave: (layer) => schedule(layer, layer.changeFiles >= afterChanges ? 0 : afterMs),
    compact,
    foldIn,
  };
}

/**
 * Removes the change files numbered up to `through` in `dir` (absolute), flushed, and then (none
 * being left) the mark and the folder: a mark may only go once no change file it covers can come
 * back. A missing folder is nothing to remove.
 */
export async function removeChanges(dir: string, through: number): Promise<void> {
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
