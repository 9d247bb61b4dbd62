import { anchor, describe, type AnchorResult } from '../anchoring';
import { ANNOTATION_SCHEMA_VERSION, annotationSchema, type Annotation, type Creator } from '../model/annotation';
import type { IncomingAnnotation } from './read-web-annotations';

/** An imported annotation that could not be placed with confidence: stored all the same, and listed. */
export interface UnplacedImport {
  annotation: Annotation;
  status: 'orphan' | 'ambiguous';
}

export type PlaceOutcome = { ok: true; annotations: Annotation[]; unplaced: UnplacedImport[] } | { ok: false; problems: string[] };

/** What placing needs besides the annotations. */
export interface PlaceOptions {
  /** The plain text of the document they are imported into. */
  text: string;
  documentId: string;
  /**
   * Every annotation goes to this analyst's layer; otherwise each to its creator's. An analyst
   * known only by id (name equal to id) takes the name the file gives a creator with that id.
   */
  as?: Creator;
  /** ISO date-time for annotations without `created`/`modified`. */
  now: string;
  /** Ids for annotations the file gave none. */
  newId: () => string;
}

/**
 * Turns read annotations into Factmark annotations on the document, anchored with the loop's
 * anchoring (the file's target source gives way to `documentId`). Placed ones get fresh
 * selectors; the others keep the file's quote and are returned in `unplaced` as well, never
 * dropped. A quote without a TextPositionSelector is looked for from both ends of the text, so
 * where the search starts cannot pick one of several equal places. Fails, listing the items,
 * when an annotation has no creator and no `as`, or does not make a valid annotation.
 */
export function placeIncoming(incoming: readonly IncomingAnnotation[], options: PlaceOptions): PlaceOutcome {
  const problems: string[] = [];
  const annotations: Annotation[] = [];
  const unplaced: UnplacedImport[] = [];
  const as = options.as && namedFromFile(options.as, incoming);
  incoming.forEach((item, index) => {
    const creator = as ?? item.creator;
    if (!creator) return problems.push(`item ${index + 1}: it has no creator; name the analyst with --as`);
    const result = item.position
      ? anchor(options.text, { quote: item.quote, position: item.position })
      : anchorQuoteOnly(options.text, item);
    const selector =
      result.status === 'anchored'
        ? describe(options.text, result.start, result.end)
        : { quote: item.quote, position: unplacedPosition(item, result) };
    const { id, claim, links, sources } = item;
    const candidate = {
      schemaVersion: ANNOTATION_SCHEMA_VERSION,
      id: id ?? options.newId(),
      documentId: options.documentId,
      creator,
      created: item.created ?? options.now,
      modified: item.modified ?? item.created ?? options.now,
      body: {
        tag: item.tag,
        note: item.note,
        ...(claim ? { claim } : {}),
        ...(links ? { links } : {}),
        ...(sources ? { sources } : {}),
      },
      target: { source: options.documentId, selector },
    };
    const parsed = annotationSchema.safeParse(candidate);
    if (!parsed.success)
      return problems.push(`item ${index + 1}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    annotations.push(parsed.data);
    if (result.status !== 'anchored') unplaced.push({ annotation: parsed.data, status: result.status });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, annotations, unplaced };
}

/**
 * Anchors a quote that came without a position. `anchor` prefers, among equal places, the one
 * near the expected start, so it runs from each end of the text: the same place both times is a
 * place; two different places are a tie.
 */
function anchorQuoteOnly(text: string, item: IncomingAnnotation): AnchorResult {
  const at = (start: number) =>
    anchor(text, {
      quote: item.quote,
      position: {
        type: 'TextPositionSelector',
        start,
        end: start + item.quote.exact.length,
      },
    });
  const fromStart = at(0);
  const fromEnd = at(text.length);
  if (fromStart.status !== 'anchored' || fromEnd.status !== 'anchored') return fromStart.status === 'anchored' ? fromEnd : fromStart;
  if (fromStart.start === fromEnd.start && fromStart.end === fromEnd.end) return fromStart;
  return {
    status: 'ambiguous',
    candidates: [fromStart, fromEnd].map(({ start, end, score }) => ({
      start,
      end,
      score,
    })),
  };
}

/**
 * The position stored for an annotation that was not placed: the file's own, else one midway
 * between the first two candidates, so the reader's anchoring finds the same tie instead of
 * settling on whichever candidate sits nearer, else the start of the text.
 */
function unplacedPosition(item: IncomingAnnotation, result: AnchorResult): Annotation['target']['selector']['position'] {
  if (item.position) return item.position;
  const [a, b] = result.status === 'ambiguous' ? result.candidates : [];
  const start = a && b ? Math.floor((a.start + b.start) / 2) : 0;
  return {
    type: 'TextPositionSelector',
    start,
    end: start + item.quote.exact.length,
  };
}

function namedFromFile(as: Creator, incoming: readonly IncomingAnnotation[]): Creator {
  if (as.name !== as.id) return as;
  const named = incoming.find((item) => item.creator?.id === as.id && item.creator.name !== as.id)?.creator;
  return named ? { id: as.id, name: named.name } : as;
}
