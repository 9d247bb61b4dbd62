import type { z } from 'zod';
import { TAGS, type Creator, type Tag, type TextPositionSelector, type TextQuoteSelector } from '../model/annotation';
import type { ClaimLink, ClaimRecord, EvidenceSource } from '../model/claim-record';
import { fromFactmarkIri } from './factmark-iris';
import { annotationCollectionSchema, webAnnotationSchema, type WebAnnotation } from './web-annotation-schema';

/** One annotation read from a Web Annotation file, before it is placed in a document. */
export interface IncomingAnnotation {
  /** Its Factmark id: decoded from a Factmark IRI, else the file's id as it is (at most 200 characters). */
  id?: string;
  creator?: Creator;
  created?: string;
  modified?: string;
  tag: Tag;
  note: string;
  claim?: ClaimRecord;
  links?: ClaimLink[];
  sources?: EvidenceSource[];
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export type ReadOutcome = { ok: true; annotations: IncomingAnnotation[]; warnings: string[] } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 20;

/**
 * Reads a W3C AnnotationCollection (items on the collection or in its first page). All or
 * nothing: if any item is malformed — no TextQuoteSelector, no tag claim/denial/evidence, two
 * items with one id, bad Factmark extension data — the outcome lists the problems (item numbers
 * from 1) and no annotation. A TextualBody with purpose `tagging` gives the tag; every other
 * textual body is part of the note (joined by blank lines); tags other than Factmark's are
 * ignored with a warning.
 */
export function readWebAnnotations(json: unknown): ReadOutcome {
  const collection = annotationCollectionSchema.safeParse(json);
  if (!collection.success)
    return {
      ok: false,
      problems: ['not a W3C AnnotationCollection: it has neither "items" nor "first.items"'],
    };
  const problems: string[] = [];
  const warnings: string[] = [];
  const annotations: IncomingAnnotation[] = [];
  const seen = new Set<string>();
  collection.data.items.forEach((raw, index) => {
    const where = `item ${index + 1}`;
    const parsed = webAnnotationSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${where}: ${describeIssue(parsed.error.issues[0])}`);
      return;
    }
    const read = toIncoming(parsed.data);
    if (typeof read === 'string') return problems.push(`${where}: ${read}`);
    for (const tag of read.ignoredTags) warnings.push(`${where}: the tag "${tag}" is not claim, denial or evidence and was left out`);
    if (read.annotation.id !== undefined) {
      if (seen.has(read.annotation.id)) return problems.push(`${where}: another item has the same id ${read.annotation.id}`);
      seen.add(read.annotation.id);
    }
    annotations.push(read.annotation);
  });
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, annotations: withCreatorNames(annotations), warnings };
}

/**
 * Gives every annotation of one creator the name the file gives that creator anywhere: a file
 * may write the creator in full once and as a bare IRI elsewhere, and the analyst is shown by
 * name ("Colin Colleague"), never by id ("colin"), whenever the file tells it.
 */
function withCreatorNames(annotations: readonly IncomingAnnotation[]): IncomingAnnotation[] {
  const names = new Map<string, string>();
  for (const { creator } of annotations) if (creator && creator.name !== creator.id) names.set(creator.id, creator.name);
  return annotations.map((a) => {
    const name = a.creator && names.get(a.creator.id);
    return a.creator && name !== undefined ? { ...a, creator: { id: a.creator.id, name } } : a;
  });
}

function toIncoming(item: WebAnnotation): { annotation: IncomingAnnotation; ignoredTags: string[] } | string {
  const tagValues = item.body.filter((b) => b.purpose === 'tagging').map((b) => b.value.trim());
  const ours = tagValues.filter((v): v is Tag => (TAGS as readonly string[]).includes(v.toLowerCase())).map((v) => v.toLowerCase() as Tag);
  if (ours.length === 0) return 'no TextualBody with purpose "tagging" whose value is claim, denial or evidence';
  if (new Set(ours).size > 1) return `it is tagged both ${[...new Set(ours)].join(' and ')}; one annotation has one tag`;
  const note = item.body
    .filter((b) => b.purpose !== 'tagging')
    .map((b) => b.value)
    .join('\n\n');
  if (note.length > 100_000) return 'its note is longer than 100,000 characters';

  const selectors = item.target.selector;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string; suffix?: string } | undefined;
  if (!quote) return 'its target has no TextQuoteSelector';
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;

  const creator = item.creator && toCreator(item.creator);
  const annotation: IncomingAnnotation = {
    id: toId(item.id),
    creator,
    created: item.created,
    modified: item.modified,
    tag: ours[0]!,
    note,
    quote: {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
    },
    position: position && {
      type: 'TextPositionSelector',
      start: position.start,
      end: position.end,
    },
    claim: item['factmark:claim'],
    links: item['factmark:links'],
    sources: item['factmark:sources'],
  };
  return {
    annotation: dropUndefined(annotation),
    ignoredTags: tagValues.filter((v) => !(TAGS as readonly string[]).includes(v.toLowerCase())),
  };
}

function toCreator(creator: { id?: string; name?: string }): Creator | undefined {
  const named = creator.name?.trim() || undefined;
  const id = creator.id === undefined ? named : (fromFactmarkIri('analyst', creator.id) ?? creator.id);
  const name = named ?? id;
  return id === undefined || name === undefined ? undefined : { id, name };
}

function toId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const ours = fromFactmarkIri('annotation', id) ?? id;
  return ours.length > 0 && ours.length <= 200 ? ours : undefined;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'malformed';
  const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${path}${issue.message}`;
}
