import type { z } from 'zod';

/** A stored file's content after checking: the validated data, or why it cannot be used. */
export type ParsedFile<T> = { ok: true; data: T } | { ok: false; problem: string };

/** How to check one kind of stored file. */
export interface FileFormat<T> {
  schema: z.ZodType<T>;
  /** The `schemaVersion` this build writes; a larger one means a newer Factmark wrote the file. */
  version: number;
  /** Extra checks the schema cannot make, e.g. that a file belongs where it was found; returns a problem or undefined. */
  check?: (data: T) => string | undefined;
  /**
   * A faster check that may vouch for the content instead of the schema: true only for what the
   * schema accepts unchanged; false leaves the content to the schema, which names any problem.
   */
  vouch?: (json: unknown) => json is T;
}

/**
 * Parses and validates a stored file's text. Never throws: an empty, truncated, non-JSON,
 * wrongly shaped or newer-version file yields a problem written for the analyst
 * ("is empty", "ends early, as if a write was cut off", …).
 */
export function parseStoredJson<T>(text: string, format: FileFormat<T>): ParsedFile<T> {
  if (text.trim() === '') return { ok: false, problem: 'is empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return isCutOff(text, reason)
      ? { ok: false, problem: `ends early, as if a write was cut off (${reason})` }
      : { ok: false, problem: `is not valid JSON (${reason})` };
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > format.version) {
    return { ok: false, problem: `was written by a newer Factmark (format ${version}; this version reads format ${format.version})` };
  }
  const parsed = format.vouch?.(json) ? { success: true as const, data: json } : format.schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, problem: `does not have the expected shape (${issue?.message ?? 'invalid'}${where})` };
  }
  const problem = format.check?.(parsed.data);
  return problem === undefined ? { ok: true, data: parsed.data } : { ok: false, problem };
}

/** Whether V8's JSON error points at the end of the text: the JSON began well but stops early. */
function isCutOff(text: string, reason: string): boolean {
  if (/end of JSON input/.test(reason)) return true;
  const position = /at position (\d+)/.exec(reason)?.[1];
  return position !== undefined && Number(position) >= text.trimEnd().length;
}
