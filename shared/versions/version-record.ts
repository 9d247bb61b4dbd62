import { z } from 'zod';
import { textPositionSelectorSchema, textQuoteSelectorSchema } from '../model/annotation';

/** Version of the stored versions record. */
export const VERSIONS_SCHEMA_VERSION = 1;

const id = z.string().min(1).max(200);

/** One version of an article as the list shows it; its article and bytes are kept in the store. */
export const articleVersionSchema = z.strictObject({
  /** 1 for the first import, then 2, 3…; the highest is the current version. */
  number: z.number().int().positive(),
  title: z.string(),
  url: z.string().optional(),
  fileName: z.string(),
  mediaType: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative(),
  importedAt: z.iso.datetime({ offset: true }),
  characters: z.number().int().nonnegative(),
});
export type ArticleVersion = z.infer<typeof articleVersionSchema>;

/** What re-anchoring onto a new version made of an annotation the analyst must look at. */
export const REVIEW_STATUSES = ['moved', 'ambiguous', 'orphan'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * An annotation re-anchoring could not settle alone when version `version` came in: its text was
 * edited (`moved`, with the new place as the only candidate), fits several places, or is gone.
 * The annotation in its layer keeps `previous`, its selectors on the version before, until the
 * analyst confirms, fixes or drops it: so nothing is lost, and the entry is pending exactly as
 * long as the annotation still has those selectors.
 */
export const reviewEntrySchema = z.strictObject({
  annotationId: id,
  analystId: id,
  version: z.number().int().positive(),
  status: z.enum(REVIEW_STATUSES),
  previous: z.strictObject({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema }),
  candidates: z.array(z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).max(20),
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

/**
 * Every version of one article, oldest first. Whoever adds a version writes it; it names no
 * analyst's work. `review` holds only entries written by builds that re-anchored every analyst's
 * layer at once: they are still read as their analysts' and kept, never added to (each analyst's
 * entries now live in their own `LayerAnchoring` file).
 */
export const versionsRecordSchema = z
  .strictObject({
    schemaVersion: z.literal(VERSIONS_SCHEMA_VERSION),
    documentId: id,
    versions: z.array(articleVersionSchema).min(1),
    review: z.array(reviewEntrySchema),
  })
  .refine((record) => record.versions.every((v, i) => v.number === i + 1), { message: 'versions must be numbered 1, 2, 3… in order' });
export type VersionsRecord = z.infer<typeof versionsRecordSchema>;

/** Version of an analyst's layer-anchoring file. */
export const LAYER_ANCHORING_SCHEMA_VERSION = 1;

/**
 * One analyst's layer on one article against its versions, written only by that analyst's app:
 * the version their layer was last re-anchored onto, and the review entries re-anchoring left
 * them. A layer whose `anchoredTo` is older than the current version is re-anchored when its
 * analyst next opens the article.
 */
export const layerAnchoringSchema = z.strictObject({
  schemaVersion: z.literal(LAYER_ANCHORING_SCHEMA_VERSION),
  documentId: id,
  analystId: id,
  anchoredTo: z.number().int().positive(),
  review: z.array(reviewEntrySchema),
});
export type LayerAnchoring = z.infer<typeof layerAnchoringSchema>;
