import { UserFacingError } from '../../shared/ipc/result';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import { parseUntrustedJson } from './parse-untrusted-json';

/**
 * Reads a colleague's annotations file — a Factmark annotations file (one analyst's layer, as
 * the store writes it) brought in by hand — as a validated layer on `documentId`. Everything
 * about the bytes is checked first (`parseUntrustedJson`: size, encoding, nesting, string
 * length, prototype keys), then the shape (`annotationLayerSchema`: every annotation valid, on
 * this document, ids unique). Nothing is written; nothing global is touched. A file that cannot
 * be used throws a UserFacingError ('import-failed') naming the file and the problem. A W3C
 * AnnotationCollection is recognised and refused with a message saying so, until the W3C
 * importer can turn it into a layer.
 */
export function readColleagueFile(bytes: Uint8Array, fileName: string, documentId: string): AnnotationLayer {
  const refuse = (problem: string) => new UserFacingError('import-failed', `"${fileName}" ${problem}.`);
  const json = parseUntrustedJson(bytes);
  if (!json.ok) throw refuse(json.problem);
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse('is not an annotations file: it holds no JSON object');
  const fields = value as Record<string, unknown>;
  if (fields.type === 'AnnotationCollection' || fields['@context'] !== undefined) {
    throw refuse('is a W3C annotation collection; this version of Factmark imports colleagues’ Factmark annotations files only');
  }
  const version = fields.schemaVersion;
  if (typeof version === 'number' && version > LAYER_SCHEMA_VERSION) {
    throw refuse(`was written by a newer Factmark (format ${version}; this version reads format ${LAYER_SCHEMA_VERSION})`);
  }
  const parsed = annotationLayerSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw refuse(`is not a valid annotations file (${issue?.message ?? 'invalid'}${where})`);
  }
  if (parsed.data.documentId !== documentId) throw refuse(`holds annotations on another document (${parsed.data.documentId})`);
  return parsed.data;
}
