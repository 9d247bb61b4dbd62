import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { LAYER_SCHEMA_VERSION, annotationLayerSchema, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { REVIEW_SCHEMA_VERSION, reviewFileSchema, type ReviewFile } from '../../shared/review/review-file';
import { withSavedChanges } from '../store/read-saved-layer';
import { toSafeFileName } from '../store/safe-file-name';
import { readCasebookFile, type CachedFile } from './read-casebook-file';

/** A file in the casebook that could not be loaded as it is now on disk. */
export interface CasebookProblem {
  file: string;
  problem: string;
}

/** What colleagues have written about one document: their layers and review files, and what could not be read. */
export interface ColleagueWork {
  layers: AnnotationLayer[];
  reviews: ReviewFile[];
  problems: CasebookProblem[];
}

/** The folder holding every analyst's files on a document, relative to the store. */
export function documentAnnotationsDir(documentId: string): string {
  return `annotations/${toSafeFileName(documentId)}`;
}

/**
 * Reads the layers and review files other analysts keep beside the analyst's own in
 * `annotations/<document>/`. Files are only read (see `readCasebookFile`): a malformed one is
 * listed as a problem, its last good version (if any) still shown. A file must sit where its
 * analyst id says it belongs, so one colleague's file cannot pass for another's.
 */
export function createColleagueFiles(storeDir: string) {
  const cache = new Map<string, CachedFile<unknown>>();

  async function readAll<T extends { documentId: string }>(
    dir: string,
    skipName: string | null,
    format: { schema: z.ZodType<T>; version: number },
    ownerOf: (data: T) => string,
    documentId: string,
    into: { found: T[]; problems: CasebookProblem[] },
  ): Promise<void> {
    const names = await readdir(join(storeDir, dir)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      // Hidden names are temp files of writes in progress.
      if (!name.endsWith('.json') || name.startsWith('.') || name === skipName) continue;
      const path = join(storeDir, dir, name);
      const check = (data: T) =>
        data.documentId !== documentId
          ? `holds annotations on ${data.documentId}, not on this document`
          : `${toSafeFileName(ownerOf(data))}.json` !== name
            ? `belongs to ${ownerOf(data)}, whose file has another name`
            : undefined;
      const read = await readCasebookFile<T>(path, { ...format, check }, cache.get(path) as CachedFile<T> | undefined);
      if (!read) {
        cache.delete(path);
        continue;
      }
      cache.set(path, read);
      if (read.data) into.found.push(read.data);
      if (read.problem)
        into.problems.push({
          file: path,
          problem: read.problem + (read.data ? ' The version read before is shown.' : ' It is not shown.'),
        });
    }
  }

  return {
    /**
     * Everything colleagues (every analyst but `myId`) have written on the document, as it is on
     * disk now; with `myId` null, every analyst's files, the analyst's own included.
     */
    async read(documentId: string, myId: string | null): Promise<ColleagueWork> {
      const dir = documentAnnotationsDir(documentId);
      const mine = myId === null ? null : `${toSafeFileName(myId)}.json`;
      const layers = { found: [] as AnnotationLayer[], problems: [] as CasebookProblem[] };
      const reviews = { found: [] as ReviewFile[], problems: layers.problems };
      await readAll<AnnotationLayer>(
        dir,
        mine,
        { schema: annotationLayerSchema, version: LAYER_SCHEMA_VERSION },
        (l) => l.analyst.id,
        documentId,
        layers,
      );
      await readAll<ReviewFile>(
        `${dir}/reviews`,
        mine,
        { schema: reviewFileSchema, version: REVIEW_SCHEMA_VERSION },
        (r) => r.reviewer.id,
        documentId,
        reviews,
      );
      // A colleague's latest saves may still sit in change files beside their layer file (see `withSavedChanges`).
      const found = await Promise.all(layers.found.map((layer) => withSavedChanges(storeDir, layer)));
      return { layers: found, reviews: reviews.found, problems: layers.problems };
    },
  };
}

export type ColleagueFiles = ReturnType<typeof createColleagueFiles>;
