import { placeIncoming } from '../../shared/exchange/place-incoming';
import { readWebAnnotations } from '../../shared/exchange/read-web-annotations';
import { UserFacingError } from '../../shared/ipc/result';
import type { Creator } from '../../shared/model/annotation';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { parseUntrustedJson } from './parse-untrusted-json';

/** What placing a W3C export on the document needs: the document's plain text, a time and fresh ids. */
export interface PlacingContext {
  text: string;
  /** ISO date-time for annotations the file gives no `created`/`modified`. */
  now: string;
  /** An id for an annotation the file gives none. */
  newId: () => string;
}

/** Problems of a W3C file quoted in a refusal; the rest are counted. */
const QUOTED_PROBLEMS = 3;

/**
 * Reads a colleague's file as their validated layer on `documentId`. Two kinds are read:
 * a Factmark annotations file (one analyst's layer, as the store writes it) and a W3C
 * AnnotationCollection (a Factmark export or another tool's), which is read with the W3C
 * importer and placed on the document's text (`placing`; annotations that cannot be placed
 * keep the file's selectors and are listed as orphans when the document opens). Everything
 * about the bytes is checked first (`parseUntrustedJson`: size, encoding, nesting, string
 * length, prototype keys), then the shape: every annotation valid, on this document, ids
 * unique, one analyst. Nothing is written; nothing global is touched. A file that cannot be
 * used throws a UserFacingError ('import-failed') naming the file and the problem.
 */
export function readColleagueFile(bytes: Uint8Array, fileName: string, documentId: string, placing?: PlacingContext): AnnotationLayer {
  const refuse = (problem: string) => new UserFacingError('import-failed', `"${fileName}" ${problem}.`);
  const json = parseUntrustedJson(bytes);
  if (!json.ok) throw refuse(json.problem);
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse('is not an annotations file: it holds no JSON object');
  const fields = value as Record<string, unknown>;
  const layer =
    fields.type === 'AnnotationCollection' || fields['@context'] !== undefined ? readCollection(value, documentId, placing, refuse) : value;
  const version = (layer as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > LAYER_SCHEMA_VERSION) {
    throw refuse(`was written by a newer Factmark (format ${version}; this version reads format ${LAYER_SCHEMA_VERSION})`);
  }
  const parsed = annotationLayerSchema.safeParse(layer);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw refuse(`is not a valid annotations file (${issue?.message ?? 'invalid'}${where})`);
  }
  if (parsed.data.documentId !== documentId) throw refuse(`holds annotations on another document (${parsed.data.documentId})`);
  return parsed.data;
}

/** A W3C collection as an (unvalidated) layer: read, one analyst, placed on the document's text. */
function readCollection(
  json: object,
  documentId: string,
  placing: PlacingContext | undefined,
  refuse: (problem: string) => Error,
): unknown {
  if (!placing) throw refuse('is a W3C annotation collection; open its article to import it, so its annotations can be placed on the text');
  const read = readWebAnnotations(json);
  if (!read.ok) throw refuse(`is not a usable W3C annotation collection (${listProblems(read.problems)})`);
  const analysts = new Map<string, Creator>();
  for (const annotation of read.annotations) if (annotation.creator) analysts.set(annotation.creator.id, annotation.creator);
  if (analysts.size === 0) throw refuse('names no analyst: none of its annotations has a creator');
  if (analysts.size > 1) {
    throw refuse(
      `holds annotations by ${analysts.size} analysts (${[...analysts.keys()].slice(0, 3).join(', ')}); a colleague's layer is one analyst's work`,
    );
  }
  const analyst = [...analysts.values()][0] as Creator;
  const placed = placeIncoming(read.annotations, { ...placing, documentId, as: analyst });
  if (!placed.ok) throw refuse(`is not a usable W3C annotation collection (${listProblems(placed.problems)})`);
  return { schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst, annotations: placed.annotations };
}

function listProblems(problems: readonly string[]): string {
  const quoted = problems.slice(0, QUOTED_PROBLEMS).join('; ');
  return problems.length > QUOTED_PROBLEMS ? `${quoted}; and ${problems.length - QUOTED_PROBLEMS} more` : quoted;
}
