import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ARTICLE_SCHEMA_VERSION, articleSchema } from '../../shared/model/article';
import { LAYER_SCHEMA_VERSION, annotationLayerSchema } from '../../shared/model/annotation-layer';
import { LIBRARY_SCHEMA_VERSION, libraryIndexSchema } from '../../shared/model/library';
import { SETTINGS_SCHEMA_VERSION, settingsSchema } from '../../shared/model/settings';
import { REVIEW_SCHEMA_VERSION, reviewFileSchema } from '../../shared/review/review-file';
import type { CasebookFile } from '../../shared/sync/casebook-layout';
import {
  LAYER_ANCHORING_SCHEMA_VERSION,
  layerAnchoringSchema,
  VERSIONS_SCHEMA_VERSION,
  versionsRecordSchema,
} from '../../shared/versions/version-record';
import { parseUntrustedJson } from '../casebook/parse-untrusted-json';
import { toSafeFileName } from '../store/safe-file-name';

/** A pulled file's content once checked, or why it is refused. */
export type PulledFileCheck = { ok: true; json?: unknown } | { ok: false; reason: string };

interface Format {
  schema: z.ZodType;
  version: number;
  /** Checks that the content belongs where it was found; returns a problem or undefined. */
  place: (data: never, file: CasebookFile) => string | undefined;
}

// The archive of an earlier version, as main/store/article-versions.ts writes it.
const archivedVersionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  documentId: z.string().min(1),
  number: z.number().int().positive(),
  article: articleSchema,
});

const named = (id: string, name: string | undefined, what: string) =>
  name === undefined || toSafeFileName(id) === name ? undefined : `holds ${what} ${id}, whose file has another name`;
const ownerName = (file: CasebookFile) =>
  file.kind === 'layer' || file.kind === 'review' || file.kind === 'anchoring' ? file.owner : undefined;
const documentName = (file: CasebookFile) => ('document' in file ? file.document : file.kind === 'document' ? file.name : undefined);

const FORMATS: Record<Exclude<CasebookFile['kind'], 'source'>, Format> = {
  library: { schema: libraryIndexSchema, version: LIBRARY_SCHEMA_VERSION, place: () => undefined },
  settings: { schema: settingsSchema, version: SETTINGS_SCHEMA_VERSION, place: () => undefined },
  document: {
    schema: articleSchema,
    version: ARTICLE_SCHEMA_VERSION,
    place: (a: { id: string }, f) => named(a.id, documentName(f), 'article'),
  },
  layer: {
    schema: annotationLayerSchema,
    version: LAYER_SCHEMA_VERSION,
    place: (l: { documentId: string; analyst: { id: string } }, f) =>
      named(l.documentId, documentName(f), 'annotations on') ?? named(l.analyst.id, ownerName(f), 'the layer of'),
  },
  review: {
    schema: reviewFileSchema,
    version: REVIEW_SCHEMA_VERSION,
    place: (r: { documentId: string; reviewer: { id: string } }, f) =>
      named(r.documentId, documentName(f), 'reviews of') ?? named(r.reviewer.id, ownerName(f), 'the reviews of'),
  },
  versions: {
    schema: versionsRecordSchema,
    version: VERSIONS_SCHEMA_VERSION,
    place: (v: { documentId: string }, f) => named(v.documentId, documentName(f), 'the versions of'),
  },
  'archived-version': {
    schema: archivedVersionSchema,
    version: 1,
    place: (v: { documentId: string; number: number }, f) =>
      named(v.documentId, documentName(f), 'a version of') ??
      (f.kind === 'archived-version' && f.number !== v.number ? `holds version ${v.number}, not ${f.number}` : undefined),
  },
  anchoring: {
    schema: layerAnchoringSchema,
    version: LAYER_ANCHORING_SCHEMA_VERSION,
    place: (a: { documentId: string; analystId: string }, f) =>
      named(a.documentId, documentName(f), 'the anchoring of') ?? named(a.analystId, ownerName(f), 'the anchoring of'),
  },
};

/**
 * Checks a file pulled from the remote as a colleague's file is checked before it is loaded:
 * the bytes (`parseUntrustedJson`: size, UTF-8, nesting, prototype keys), a format not newer
 * than this build, the shape, and that the content belongs where it sits (a layer named after
 * its analyst, on its document). A source must hash to its name. Never throws.
 */
export function checkPulledFile(file: CasebookFile, bytes: Uint8Array): PulledFileCheck {
  if (file.kind === 'source') {
    const sha = createHash('sha256').update(bytes).digest('hex');
    return sha === file.sha256 ? { ok: true } : { ok: false, reason: `its bytes hash to ${sha.slice(0, 12)}…, not to its name` };
  }
  const parsed = parseUntrustedJson(bytes);
  if (!parsed.ok) return { ok: false, reason: parsed.problem };
  const format = FORMATS[file.kind];
  const version = (parsed.value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > format.version) {
    return { ok: false, reason: `was written by a newer Factmark (format ${version}; this version reads format ${format.version})` };
  }
  const shape = format.schema.safeParse(parsed.value);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, reason: `does not have the expected shape (${issue?.message ?? 'invalid'}${where})` };
  }
  const misplaced = format.place(shape.data as never, file);
  return misplaced ? { ok: false, reason: misplaced } : { ok: true, json: shape.data };
}
