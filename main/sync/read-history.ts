import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { annotationLayerSchema, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { classifyCasebookPath } from '../../shared/sync/casebook-layout';
import type { VerdictChangeView } from '../../shared/report/verdict-history';
import type { HistoryAnswer, HistoryChange } from '../../shared/sync/history-change';
import { diffLayer } from '../../shared/sync/layer-changes';
import { toSafeFileName } from '../store/safe-file-name';
import type { FileVersion } from './git-client';
import { openGitClient } from './open-git-client';
import { gitBlobSha } from './materialize';
import { DEFAULT_BRANCH, recordedRemote } from './sync-repository';

export type { HistoryChange };

/**
 * Who changed which field of which annotation on `documentId`, and when, oldest first: every
 * analyst's layer file read version by version from the git history (pulled layers included,
 * under the analyst the file names), then the version in the store not yet synced. A change is
 * dated by the annotation's own `modified` time (a removal by its commit). Versions that do not
 * parse as a layer are skipped. A store that never synced has only its current files, so each
 * annotation appears as added. `annotationId` narrows it to one annotation.
 */
export async function readHistory(storeDir: string, documentId: string, annotationId?: string): Promise<HistoryChange[]> {
  return (await readLayerHistory(storeDir, documentId, annotationId)).changes;
}

/**
 * The history as the app shows it (`sync:history`): `readHistory`'s changes, the analysts'
 * names as their layers last gave them, and `synced` false (with no changes) for a store that
 * has no git history, where nothing can say who changed what.
 */
export async function readAppHistory(storeDir: string, documentId: string, annotationId?: string): Promise<HistoryAnswer> {
  const history = await readLayerHistory(storeDir, documentId, annotationId);
  return history.synced ? history : { synced: false, changes: [], analysts: {} };
}

/**
 * Each claim's verdict changes on `documentId`, by annotation id, oldest first, with the
 * analyst's name, for a report; empty for a store that is not synced.
 */
export async function readVerdictHistory(storeDir: string, documentId: string): Promise<Map<string, VerdictChangeView[]>> {
  const { changes, analysts } = await readAppHistory(storeDir, documentId);
  const byClaim = new Map<string, VerdictChangeView[]>();
  for (const c of changes) {
    if (c.field !== 'verdict') continue;
    const list = byClaim.get(c.annotation_id) ?? [];
    list.push({ at: c.at, analyst: analysts[c.analyst] ?? c.analyst, from: c.from, to: c.to });
    byClaim.set(c.annotation_id, list);
  }
  return byClaim;
}

async function readLayerHistory(storeDir: string, documentId: string, annotationId?: string): Promise<HistoryAnswer> {
  const dir = `annotations/${toSafeFileName(documentId)}`;
  const branch = `refs/heads/${DEFAULT_BRANCH}`;
  const objects = (await stat(join(storeDir, '.git')).catch(() => undefined))
    ? await openGitClient({ storeDir, remote: await recordedRemote(storeDir), localOnly: true })
    : undefined;
  const hasHistory = objects !== undefined && (await objects.resolve(branch)) !== undefined;
  const versions: FileVersion[] =
    objects && hasHistory ? (await objects.fileVersions(branch, dir)).filter((v) => classifyCasebookPath(v.path)?.kind === 'layer') : [];
  const seen = new Map<string, string>();
  for (const v of versions) seen.set(v.path, v.sha);
  const current = new Map<string, Buffer>();
  for (const name of await readdir(join(storeDir, dir)).catch(() => [] as string[])) {
    const path = `${dir}/${name}`;
    if (classifyCasebookPath(path)?.kind !== 'layer') continue;
    const bytes = await readFile(join(storeDir, path)).catch(() => undefined);
    if (!bytes) continue;
    const sha = gitBlobSha(bytes);
    if (seen.get(path) === sha) continue;
    current.set(sha, bytes);
    versions.push({ path, sha, committed: (await stat(join(storeDir, path))).mtime.toISOString() });
  }
  const blobs =
    objects && hasHistory ? await objects.blobs(versions.filter((v) => !current.has(v.sha)).map((v) => v.sha)) : new Map<string, Buffer>();

  const previous = new Map<string, AnnotationLayer['annotations']>();
  const changes: HistoryChange[] = [];
  const analysts: Record<string, string> = {};
  for (const version of versions) {
    const layer = parseLayer(current.get(version.sha) ?? blobs.get(version.sha));
    if (!layer) continue;
    analysts[layer.analyst.id] = layer.analyst.name || layer.analyst.id;
    for (const change of diffLayer(previous.get(version.path) ?? [], layer.annotations)) {
      if (annotationId !== undefined && change.annotation_id !== annotationId) continue;
      const { modified, ...rest } = change;
      changes.push({ at: modified ?? version.committed, analyst: layer.analyst.id, ...rest });
    }
    previous.set(version.path, layer.annotations);
  }
  const ordered = changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Date.parse(a.c.at) - Date.parse(b.c.at) || a.i - b.i)
    .map(({ c }) => ({ at: c.at, analyst: c.analyst, annotation_id: c.annotation_id, field: c.field, from: c.from, to: c.to }));
  return { synced: hasHistory, changes: ordered, analysts };
}

function parseLayer(bytes: Buffer | undefined): AnnotationLayer | undefined {
  if (!bytes) return undefined;
  try {
    const parsed = annotationLayerSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
