import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation, Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { changesDirOf, readPendingChanges, replayChange } from './layer-changes';
import { parseStoredJson } from './parse-stored-json';
import { layerPath } from './store-paths';

/**
 * What an analyst's layer on a document holds on disk now, as the store would read it: the layer
 * file (validated) with its saved changes replayed over it. For readers beside the store — a test,
 * a tool looking at a live store — that must see every confirmed change before it is folded
 * into the file. Never writes or repairs anything (a damaged layer file counts as empty here,
 * where the store would recover it from backups). Undefined when there is neither a usable layer
 * file nor a saved change; change files that cannot be used are left out, as the store does.
 */
export async function readSavedLayer(storeDir: string, documentId: string, analyst: Creator): Promise<Annotation[] | undefined> {
  const relPath = layerPath(documentId, analyst.id);
  const text = await readFile(join(storeDir, relPath), 'utf8').catch(() => undefined);
  const parsed = text === undefined ? undefined : parseStoredJson(text, { schema: annotationLayerSchema, version: LAYER_SCHEMA_VERSION });
  const base = parsed?.ok && parsed.data.documentId === documentId && parsed.data.analyst.id === analyst.id ? parsed.data : undefined;
  const byId = new Map((base?.annotations ?? []).map((a) => [a.id, a]));
  const pending = await readPendingChanges(join(storeDir, changesDirOf(relPath)), documentId, analyst, () => {});
  if (!base && pending.records.length === 0) return undefined;
  for (const { record } of pending.records) replayChange(byId, record, (a) => a);
  return [...byId.values()];
}

/**
 * `layer` (a layer file as read from `storeDir`, validated) with the changes its analyst saved
 * since it was last written replayed over it: what the analyst's own app holds. For colleagues
 * reading the layer beside its writer; an unusable change file is left out, as the store does.
 */
export async function withSavedChanges(storeDir: string, layer: AnnotationLayer): Promise<AnnotationLayer> {
  const relPath = layerPath(layer.documentId, layer.analyst.id);
  const pending = await readPendingChanges(join(storeDir, changesDirOf(relPath)), layer.documentId, layer.analyst, () => {});
  if (pending.records.length === 0) return layer;
  const byId = new Map(layer.annotations.map((a) => [a.id, a]));
  for (const { record } of pending.records) replayChange(byId, record, (a) => a);
  return { ...layer, annotations: [...byId.values()] };
}
