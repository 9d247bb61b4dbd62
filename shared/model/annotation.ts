import { z } from 'zod';
import { claimLinkSchema, claimRecordSchema, claimReferenceSchema, evidenceSourceSchema, MAX_LIST_ITEMS } from './claim-record';

/** The version written into every annotation; a newer one on disk is refused, never downgraded. */
export const ANNOTATION_SCHEMA_VERSION = 1;

/** The three tags an analyst puts on a sentence. Order is the order of the 1/2/3 keys. */
export const TAGS = ['claim', 'denial', 'evidence'] as const;
export const tagSchema = z.enum(TAGS);
/** A tag: claim, denial or evidence. */
export type Tag = z.infer<typeof tagSchema>;

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

/** W3C TextQuoteSelector: the exact quote with up to ~32 characters of context either side. */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
/** W3C TextPositionSelector over the document's plain text, half-open [start, end). */
export const textPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start' });

/** The analyst who made an annotation. */
export const creatorSchema = z.strictObject({ id, name: z.string().max(200) });

/**
 * One annotation, shaped like a W3C Web Annotation: who made it and when, a body (tag and
 * note) and a target (the document plus quote and position selectors).
 */
export const annotationSchema = z.strictObject({
  schemaVersion: z.literal(ANNOTATION_SCHEMA_VERSION),
  id,
  documentId: id,
  creator: creatorSchema,
  created: isoDateTime,
  modified: isoDateTime,
  body: z.strictObject({
    tag: tagSchema,
    note: z.string().max(100_000),
    /** Claims only: what is checked, who said it, status and verdict. */
    claim: claimRecordSchema.optional(),
    /** Evidence and denials only: the claims this bears on. Dangling ids are reported, not refused. */
    links: z.array(claimLinkSchema).max(MAX_LIST_ITEMS).optional(),
    /** Evidence only: the sources it cites. */
    sources: z.array(evidenceSourceSchema).max(MAX_LIST_ITEMS).optional(),
    /** Claims only: earlier checks of the same claim the analyst linked (another article's claim, a published fact-check). */
    sameClaims: z.array(claimReferenceSchema).max(100).optional(),
  }),
  target: z.strictObject({
    source: id,
    selector: z.strictObject({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema }),
  }),
});

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
export type Creator = z.infer<typeof creatorSchema>;
/** An annotation as stored and sent over IPC; always validated by `annotationSchema` first. */
export type Annotation = z.infer<typeof annotationSchema>;
