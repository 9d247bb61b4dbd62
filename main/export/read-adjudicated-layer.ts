import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Annotation, Creator } from '../../shared/model/annotation';
import { UserFacingError } from '../../shared/ipc/result';
import { buildAdjudicatedLayer, type AdjudicatedLayer } from '../../shared/review/adjudicated-layer';
import type { AnalystLayer } from '../../shared/review/analyst-layer';
import { REVIEW_SCHEMA_VERSION, reviewFileSchema, type ReviewFile } from '../../shared/review/review-file';
import { readCasebookFile } from '../casebook/read-casebook-file';
import { toSafeFileName } from '../store/safe-file-name';
import { reviewPath } from '../store/store-paths';

/** The adjudicated layer an export can include, and what could not be read on the way. */
export interface AdjudicatedForExport {
  /** Absent when no reviewer has accepted an annotation that still exists. */
  adjudicated?: AdjudicatedLayer;
  /** One line per review file that could not be read (left out), for the analyst to see. */
  problems: string[];
}

/**
 * The adjudicated layer of a document, formed (by shared/review's builder) from one reviewer's
 * accepted decisions over `annotations`, every analyst's stored annotations. The reviewer is
 * `preferredReviewerId` when their decisions accept anything; otherwise the one reviewer whose
 * do. Review files (`annotations/<doc>/reviews/<reviewer>.json`) are only read, never repaired:
 * a malformed one is named in `problems`. Fails with a UserFacingError ('export-failed') when
 * several other reviewers accepted annotations and none is preferred, naming them.
 */
export async function readAdjudicatedLayer(
  storeDir: string,
  documentId: string,
  annotations: readonly Annotation[],
  preferredReviewerId: string | undefined,
): Promise<AdjudicatedForExport> {
  const { reviews, problems } = await readReviewFiles(storeDir, documentId);
  const layers = groupByCreator(annotations);
  const formed = reviews
    .map((review) => buildAdjudicatedLayer(documentId, review.reviewer, layers, review.decisions))
    .filter((candidate) => candidate.layer.annotations.length > 0);
  const preferred = formed.find((candidate) => candidate.reviewer.id === preferredReviewerId);
  if (preferred || formed.length <= 1) return { adjudicated: preferred ?? formed[0], problems };
  const names = formed.map((c) => `${c.reviewer.name} (${c.reviewer.id})`).join(', ');
  throw new UserFacingError(
    'export-failed',
    `Several reviewers accepted annotations on this document: ${names}. Say whose decisions form the adjudicated layer (--reviewer ID on the command line).`,
  );
}

async function readReviewFiles(storeDir: string, documentId: string): Promise<{ reviews: ReviewFile[]; problems: string[] }> {
  const dir = join(storeDir, posix.dirname(reviewPath(documentId, 'reviewer')));
  const names = await readdir(dir).catch(() => [] as string[]);
  const reviews: ReviewFile[] = [];
  const problems: string[] = [];
  for (const name of names.sort()) {
    // Hidden names are temp files of writes in progress.
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const path = join(dir, name);
    const check = (data: ReviewFile) =>
      data.documentId !== documentId
        ? `holds a review of ${data.documentId}, not of this document`
        : `${toSafeFileName(data.reviewer.id)}.json` !== name
          ? `belongs to ${data.reviewer.id}, whose file has another name`
          : undefined;
    const read = await readCasebookFile<ReviewFile>(path, { schema: reviewFileSchema, version: REVIEW_SCHEMA_VERSION, check }, undefined);
    if (read?.data) reviews.push(read.data);
    if (read?.problem) problems.push(`${path}: ${read.problem} Its decisions are left out of the adjudicated layer.`);
  }
  return { reviews, problems };
}

function groupByCreator(annotations: readonly Annotation[]): AnalystLayer[] {
  const byId = new Map<string, { analyst: Creator; annotations: Annotation[] }>();
  for (const a of annotations) {
    const layer = byId.get(a.creator.id) ?? { analyst: a.creator, annotations: [] };
    layer.annotations.push(a);
    byId.set(a.creator.id, layer);
  }
  return [...byId.values()];
}
