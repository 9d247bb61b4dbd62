import type { OpenedDocument } from '../../../shared/ipc/contract';
import { ANNOTATION_SCHEMA_VERSION, annotationSchema, TAGS, type Annotation } from '../../../shared/model/annotation';
import { articleSchema } from '../../../shared/model/article';

const MAX_ID = 200;
const MAX_NAME = 200;
const MAX_NOTE = 100_000;
const tags: ReadonlySet<unknown> = new Set(TAGS);
// The model's own datetime check, so the two can never disagree on what a timestamp is.
const timestamp = annotationSchema.shape.created;

type Fields = Record<string, unknown>;

/** A plain object with exactly `count` own keys; the callers then check each expected key. */
function isRecord(value: unknown, count: number): value is Fields {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).length === count
  );
}

function isString(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isTimestamp(value: unknown): boolean {
  return typeof value === 'string' && timestamp.safeParse(value).success;
}

function isSelector(value: unknown): boolean {
  if (!isRecord(value, 2)) return false;
  const { quote, position } = value;
  return (
    isRecord(quote, 4) &&
    quote['type'] === 'TextQuoteSelector' &&
    isString(quote['exact'], 1, Infinity) &&
    typeof quote['prefix'] === 'string' &&
    typeof quote['suffix'] === 'string' &&
    isRecord(position, 3) &&
    position['type'] === 'TextPositionSelector' &&
    isOffset(position['start']) &&
    isOffset(position['end']) &&
    position['end'] > position['start']
  );
}

/**
 * Whether `value` is a valid annotation, checked by hand field by field. In the renderer the
 * Content-Security-Policy denies zod its compiled fast path (it needs `new Function`), and
 * `annotationSchema.safeParse` took ~100 ms for the 10,000 annotations of one document; this takes
 * a few. Sound, not complete: whatever it accepts the schema accepts (its tests hold it to that,
 * including for altered and random inputs), but false only means "ask the schema", which also
 * says what is wrong.
 */
export function isWellFormedAnnotation(value: unknown): value is Annotation {
  if (!isRecord(value, 8) || value['schemaVersion'] !== ANNOTATION_SCHEMA_VERSION) return false;
  const { creator, created, modified, body, target } = value;
  return (
    isString(value['id'], 1, MAX_ID) &&
    isString(value['documentId'], 1, MAX_ID) &&
    isRecord(creator, 2) &&
    isString(creator['id'], 1, MAX_ID) &&
    isString(creator['name'], 0, MAX_NAME) &&
    isTimestamp(created) &&
    // Most annotations were never edited: `modified` is `created`, just checked.
    (modified === created || isTimestamp(modified)) &&
    isRecord(body, 2) &&
    tags.has(body['tag']) &&
    isString(body['note'], 0, MAX_NOTE) &&
    isRecord(target, 2) &&
    isString(target['source'], 1, MAX_ID) &&
    isSelector(target['selector'])
  );
}

/**
 * Whether `value` is a valid `OpenedDocument` (the answer to `document:open` and
 * `document:restoreLines`): the article checked by its schema (~5 ms per MB of text here), each
 * annotation by `isWellFormedAnnotation`, falling back to `annotationSchema` for any it does not
 * vouch for, so a valid document is never refused. Sound like `isWellFormedAnnotation`: false
 * only means "ask the schema".
 */
export function isWellFormedOpenedDocument(value: unknown): value is OpenedDocument {
  if (!isRecord(value, 2)) return false;
  const { article, annotations } = value;
  return (
    Array.isArray(annotations) &&
    articleSchema.safeParse(article).success &&
    annotations.every((a) => isWellFormedAnnotation(a) || annotationSchema.safeParse(a).success)
  );
}
