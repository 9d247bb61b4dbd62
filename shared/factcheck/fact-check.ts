import { z } from 'zod';
import { verdictGroupSchema } from '../model/claim-record';

/** The version written into the fact-checks file; a newer one on disk is refused, never downgraded. */
export const FACT_CHECKS_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().min(1).max(max);

/**
 * A published fact-check brought in from schema.org ClaimReview: what was claimed and by whom,
 * who checked it, and the rating as published with the group it maps to. `group` is absent when
 * the rating is not in the mapping table: the fact-check is kept and `flagged` says why.
 */
export const factCheckSchema = z.strictObject({
  /** The review URL, else `claim text | publisher` (folded): re-importing the same review updates it. */
  key: text(4_000),
  claim: text(5_000),
  claimant: text(300).optional(),
  /** When the claim was made, as the review gives it. */
  claimDate: text(100).optional(),
  /** When the review was published. */
  reviewDate: text(100).optional(),
  publisher: text(300).optional(),
  url: text(2_000).optional(),
  /** The rating as published: `alternateName` (or `name`) and the textual rating. */
  rating: text(300).optional(),
  group: verdictGroupSchema.optional(),
  /** Why the fact-check needs a look: an unmapped or missing rating. */
  flagged: text(500).optional(),
  language: text(35).optional(),
  /** When it was first imported, and last updated by a re-import. */
  imported: z.iso.datetime({ offset: true }),
  updated: z.iso.datetime({ offset: true }),
});
export type FactCheck = z.infer<typeof factCheckSchema>;

/** The store's fact-checks file. */
export const factChecksFileSchema = z.strictObject({
  schemaVersion: z.literal(FACT_CHECKS_SCHEMA_VERSION),
  factChecks: z.array(factCheckSchema),
});
export type FactChecksFile = z.infer<typeof factChecksFileSchema>;
