import { z } from 'zod';
import { articleVersionSchema, reviewEntrySchema } from './version-record';

/** `document:versions`: the article's versions, oldest first, and the analyst's pending review entries. */
export const versionsAnswerSchema = z.strictObject({
  versions: z.array(articleVersionSchema).min(1),
  review: z.array(reviewEntrySchema),
});
export type VersionsAnswer = z.infer<typeof versionsAnswerSchema>;

/** `document:addVersion`: the version added, how many annotations followed their text, how many wait for this analyst. */
export const addedVersionSchema = z.strictObject({
  version: articleVersionSchema,
  repositioned: z.number().int().nonnegative(),
  review: z.number().int().nonnegative(),
});
export type AddedVersionAnswer = z.infer<typeof addedVersionSchema>;

/**
 * Part of the `document:import` answer when the file is another version of a library article
 * (same canonical URL): nothing was stored, the summary is that article's, and the analyst
 * chooses between adding a version and importing separately.
 */
export const sameArticleSchema = z.strictObject({ versions: z.number().int().positive() });

/** `document:diff`: see `shared/diff/diff-texts.ts`. */
export const textDiffSchema = z.strictObject({
  segments: z.array(
    z.strictObject({
      kind: z.enum(['equal', 'insert', 'delete']),
      text: z.string(),
      change: z.number().int().nonnegative().optional(),
    }),
  ),
  changes: z.array(
    z.strictObject({
      firstSegment: z.number().int().nonnegative(),
      edited: z.number().int().nonnegative(),
      inserted: z.number().int().nonnegative(),
      deleted: z.number().int().nonnegative(),
    }),
  ),
  sentences: z.strictObject({
    edited: z.number().int().nonnegative(),
    inserted: z.number().int().nonnegative(),
    deleted: z.number().int().nonnegative(),
  }),
});
