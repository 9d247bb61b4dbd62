import { ANNOTATION_SCHEMA_VERSION, annotationSchema, creatorSchema, TAGS, type Annotation } from '../../shared/model/annotation';
import { LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../../shared/model/annotation-layer';
import {
  ATTRIBUTIONS,
  CLAIM_STATUSES,
  claimantSchema,
  CLAIMANT_KINDS,
  claimRecordSchema,
  evidenceSourceSchema,
  MAX_LIST_ITEMS,
  SOURCE_KINDS,
  STANCES,
  VERDICT_GROUPS,
  verdictSchema,
} from '../../shared/model/claim-record';

/** The schema's own maximum for a text, so the hand check and the schema cannot disagree on a limit. */
function maxLength(text: { readonly maxLength: number | null }): number {
  if (text.maxLength === null) throw new Error('A text the hand check bounds has no maximum in the schema.');
  return text.maxLength;
}

const MAX_ID = maxLength(annotationSchema.shape.id);
const MAX_CREATOR_NAME = maxLength(creatorSchema.shape.name);
const MAX_NOTE = maxLength(annotationSchema.shape.body.shape.note);
const MAX_SCALE = maxLength(verdictSchema.shape.scale);
const MAX_LABEL = maxLength(verdictSchema.shape.label);
const MAX_JUSTIFICATION = maxLength(verdictSchema.shape.justification);
const MAX_STATEMENT = maxLength(claimRecordSchema.shape.statement);
const MAX_CLAIMANT_NAME = maxLength(claimantSchema.shape.name);
const MAX_CLAIMANT_ROLE = maxLength(claimantSchema.shape.role);
const MAX_URL = maxLength(evidenceSourceSchema.shape.url);
const MAX_TITLE = maxLength(evidenceSourceSchema.shape.title);
const MAX_PUBLISHER = maxLength(evidenceSourceSchema.shape.publisher);
const MAX_EXCERPT = maxLength(evidenceSourceSchema.shape.excerpt);
const tags: ReadonlySet<unknown> = new Set(TAGS);
// The model's own datetime and date checks, so the two can never disagree on what a timestamp is.
const timestamp = annotationSchema.shape.created;
const decidedAt = verdictSchema.shape.decided;
const accessedOn = evidenceSourceSchema.shape.accessed;
const statuses: ReadonlySet<unknown> = new Set(CLAIM_STATUSES);
const attributions: ReadonlySet<unknown> = new Set(ATTRIBUTIONS);
const claimantKinds: ReadonlySet<unknown> = new Set(CLAIMANT_KINDS);
const groups: ReadonlySet<unknown> = new Set(VERDICT_GROUPS);
const stances: ReadonlySet<unknown> = new Set(STANCES);
const sourceKinds: ReadonlySet<unknown> = new Set(SOURCE_KINDS);

type Fields = Record<string, unknown>;

/** A plain object with exactly `count` own keys; the callers then check each expected key. */
function isRecord(value: unknown, count: number): value is Fields {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === count
  );
}

/**
 * A plain object whose own keys include every `required` key and otherwise only `optional` ones
 * (each present optional key then needs a value: an explicit undefined is left to the schema).
 */
function hasKeys(value: unknown, required: readonly string[], optional: readonly string[]): value is Fields {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  let found = 0;
  for (const key of keys) {
    if (required.includes(key)) found += 1;
    else if (!optional.includes(key) || (value as Fields)[key] === undefined) return false;
  }
  return found === required.length;
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

function isVerdict(value: unknown): boolean {
  return (
    hasKeys(value, ['scale', 'label', 'justification', 'decided'], ['group']) &&
    isString(value['scale'], 1, MAX_SCALE) &&
    isString(value['label'], 1, MAX_LABEL) &&
    (value['group'] === undefined || groups.has(value['group'])) &&
    isString(value['justification'], 0, MAX_JUSTIFICATION) &&
    typeof value['decided'] === 'string' &&
    decidedAt.safeParse(value['decided']).success
  );
}

function isClaimRecord(value: unknown): boolean {
  if (!hasKeys(value, ['statement', 'status'], ['claimant', 'attribution', 'verdict'])) return false;
  const { claimant, attribution, verdict } = value;
  return (
    isString(value['statement'], 0, MAX_STATEMENT) &&
    statuses.has(value['status']) &&
    (claimant === undefined ||
      (isRecord(claimant, 3) &&
        isString(claimant['name'], 1, MAX_CLAIMANT_NAME) &&
        claimantKinds.has(claimant['kind']) &&
        isString(claimant['role'], 0, MAX_CLAIMANT_ROLE))) &&
    (attribution === undefined || attributions.has(attribution)) &&
    (verdict === undefined || isVerdict(verdict))
  );
}

function isLink(value: unknown): boolean {
  return isRecord(value, 2) && isString(value['claim'], 1, MAX_ID) && stances.has(value['stance']);
}

function isSource(value: unknown): boolean {
  return (
    hasKeys(value, ['url', 'title', 'publisher', 'excerpt', 'kind', 'anonymous'], ['accessed']) &&
    isString(value['url'], 0, MAX_URL) &&
    isString(value['title'], 0, MAX_TITLE) &&
    isString(value['publisher'], 0, MAX_PUBLISHER) &&
    isString(value['excerpt'], 0, MAX_EXCERPT) &&
    (value['accessed'] === undefined || (typeof value['accessed'] === 'string' && accessedOn.safeParse(value['accessed']).success)) &&
    sourceKinds.has(value['kind']) &&
    typeof value['anonymous'] === 'boolean'
  );
}

/** An array of at most `max` items, each `isItem`; by index, since `every` skips an array's holes. */
function isList(value: unknown, isItem: (item: unknown) => boolean, max = MAX_LIST_ITEMS): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!isItem(value[i])) return false;
  return true;
}

/** A body: tag and note, and a claim record, links and sources where the annotation has them. */
function isBody(value: unknown): boolean {
  if (!hasKeys(value, ['tag', 'note'], ['claim', 'links', 'sources'])) return false;
  const { claim, links, sources } = value;
  return (
    tags.has(value['tag']) &&
    isString(value['note'], 0, MAX_NOTE) &&
    (claim === undefined || isClaimRecord(claim)) &&
    (links === undefined || isList(links, isLink)) &&
    (sources === undefined || isList(sources, isSource))
  );
}

/**
 * Whether `value` is a valid annotation, checked by hand field by field: `annotationSchema` took
 * most of a second over the 10,000 annotations of one layer file on a cold open; this takes a
 * few milliseconds. Sound, not complete: whatever it accepts the schema accepts (its tests hold
 * it to that, including for altered and random inputs), but false only means "ask the schema",
 * which also says what is wrong.
 */
export function isWellFormedAnnotation(value: unknown): value is Annotation {
  if (!isRecord(value, 8) || value['schemaVersion'] !== ANNOTATION_SCHEMA_VERSION) return false;
  const { creator, created, modified, body, target } = value;
  return (
    isString(value['id'], 1, MAX_ID) &&
    isString(value['documentId'], 1, MAX_ID) &&
    isRecord(creator, 2) &&
    isString(creator['id'], 1, MAX_ID) &&
    isString(creator['name'], 0, MAX_CREATOR_NAME) &&
    isTimestamp(created) &&
    // Most annotations were never edited: `modified` is `created`, just checked.
    (modified === created || isTimestamp(modified)) &&
    isBody(body) &&
    isRecord(target, 2) &&
    isString(target['source'], 1, MAX_ID) &&
    isSelector(target['selector'])
  );
}

/**
 * Whether `value` is a valid annotations file (`annotationLayerSchema`): its head, each
 * annotation by `isWellFormedAnnotation`, every annotation on the layer's document and no id
 * twice. Sound like `isWellFormedAnnotation`: false only means "ask the schema", so a valid file
 * is never refused and a damaged one is still described by the schema.
 */
export function isWellFormedLayer(value: unknown): value is AnnotationLayer {
  if (!isRecord(value, 4) || value['schemaVersion'] !== LAYER_SCHEMA_VERSION) return false;
  const { documentId, annotations } = value;
  if (!isString(documentId, 1, Infinity) || !creatorSchema.safeParse(value['analyst']).success || !Array.isArray(annotations)) return false;
  const ids = new Set<string>();
  for (let i = 0; i < annotations.length; i++) {
    const annotation: unknown = annotations[i];
    if (!isWellFormedAnnotation(annotation) || annotation.documentId !== documentId || ids.has(annotation.id)) return false;
    ids.add(annotation.id);
  }
  return true;
}
