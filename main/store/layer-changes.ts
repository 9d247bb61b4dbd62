import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { z } from 'zod';
import type { StoreMessage } from '../../shared/ipc/contract';
import { annotationSchema, type Annotation, type Creator } from '../../shared/model/annotation';
import { parseStoredJson, type FileFormat } from './parse-stored-json';

/** Version of a layer's change file and of its compaction mark. */
export const LAYER_CHANGE_SCHEMA_VERSION = 1;

/**
 * One saved change to a layer, kept in a file of its own until it is folded into the layer file:
 * annotations upserted by id and ids removed, or (`replace`) the whole layer.
 */
export const layerChangeSchema = z.union([
  z.strictObject({
    schemaVersion: z.literal(LAYER_CHANGE_SCHEMA_VERSION),
    documentId: z.string().min(1),
    analystId: z.string().min(1),
    upsert: z.array(annotationSchema),
    remove: z.array(z.string()),
  }),
  z.strictObject({
    schemaVersion: z.literal(LAYER_CHANGE_SCHEMA_VERSION),
    documentId: z.string().min(1),
    analystId: z.string().min(1),
    replace: z.array(annotationSchema),
  }),
]);

export type LayerChangeRecord = z.infer<typeof layerChangeSchema>;

/** Says that every change file numbered up to `through` is already in the layer file. */
export const compactionMarkSchema = z.strictObject({
  schemaVersion: z.literal(LAYER_CHANGE_SCHEMA_VERSION),
  through: z.number().int().nonnegative(),
});

const CHANGE_FILE = /^(\d{10})\.json$/;
/** The name of the compaction mark inside a layer's change folder. */
export const COMPACTION_MARK = 'compacted.json';

/** The store folder holding every layer's change files, apart from the layers, so no reader of `annotations/` meets them. */
export const CHANGES_ROOT = '.layer-changes';

/** The folder of the layer file `layerRelPath`'s change files: `.layer-changes/<document>/<analyst>`. */
export function changesDirOf(layerRelPath: string): string {
  const [, document = '', file = ''] = layerRelPath.split('/');
  return posix.join(CHANGES_ROOT, document, posix.basename(file, '.json'));
}

/** The change file numbered `seq` in `dir`; numbers are zero-padded so names sort in order. */
export function changeFileName(seq: number): string {
  return `${String(seq).padStart(10, '0')}.json`;
}

/** The change files of a layer still to replay over its file, in the order they were saved. */
export interface PendingChanges {
  /** Each still-valid change with its number, oldest first. */
  records: { seq: number; record: LayerChangeRecord }[];
  /** The highest number used so far (change files and the compaction mark); the next change takes a higher one. */
  lastSeq: number;
}

/**
 * Reads the change files in `dir` (absolute) that the compaction mark does not cover, each
 * validated against the schema and checked to belong to `documentId` and `analyst`. A change
 * file that cannot be used is skipped and reported (it can only be a change whose save was
 * never confirmed, or damage): the ones after it still apply, since each holds whole annotations.
 * A missing folder means no pending change.
 */
export async function readPendingChanges(
  dir: string,
  documentId: string,
  analyst: Creator,
  report: (message: StoreMessage) => void,
): Promise<PendingChanges> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const mark = names.includes(COMPACTION_MARK)
    ? parseStoredJson(await readFile(join(dir, COMPACTION_MARK), 'utf8').catch(() => ''), {
        schema: compactionMarkSchema,
        version: LAYER_CHANGE_SCHEMA_VERSION,
      })
    : undefined;
  const through = mark?.ok ? mark.data.through : 0;
  const format: FileFormat<LayerChangeRecord> = {
    schema: layerChangeSchema,
    version: LAYER_CHANGE_SCHEMA_VERSION,
    check: (record) =>
      record.documentId !== documentId || record.analystId !== analyst.id || !onDocument(record, documentId)
        ? `holds a change to another layer than ${analyst.id}'s on ${documentId}`
        : undefined,
  };
  const numbered = names.flatMap((name) => {
    const seq = Number(CHANGE_FILE.exec(name)?.[1] ?? NaN);
    return Number.isNaN(seq) ? [] : [{ seq, name }];
  });
  numbered.sort((a, b) => a.seq - b.seq);
  const records: PendingChanges['records'] = [];
  for (const { seq, name } of numbered) {
    if (seq <= through) continue;
    const path = join(dir, name);
    const parsed = parseStoredJson(await readFile(path, 'utf8').catch(() => ''), format);
    if (parsed.ok) records.push({ seq, record: parsed.data });
    else
      report({ file: path, problem: `The saved change ${parsed.problem}.`, action: 'Left it out; the changes saved after it are kept.' });
  }
  return { records, lastSeq: Math.max(through, ...numbered.map((n) => n.seq)) };
}

function onDocument(record: LayerChangeRecord, documentId: string): boolean {
  const annotations = 'replace' in record ? record.replace : record.upsert;
  return annotations.every((a) => a.documentId === documentId && a.target.source === documentId);
}

/** Applies a change record to a layer's annotations by id, in place. */
export function replayChange(byId: Map<string, Annotation>, record: LayerChangeRecord, prepare: (a: Annotation) => Annotation): void {
  if ('replace' in record) {
    byId.clear();
    for (const annotation of record.replace) byId.set(annotation.id, prepare(annotation));
    return;
  }
  for (const annotation of record.upsert) byId.set(annotation.id, prepare(annotation));
  for (const id of record.remove) byId.delete(id);
}
