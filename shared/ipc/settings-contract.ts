import { z } from 'zod';
import { organisationSchema, settingsSchema } from '../model/settings';
import { ratingScaleSchema } from '../model/rating-scale';

const scaleId = z.string().min(1).max(200);

/** How many verdicts, on how many articles, are given on one rating scale (every analyst's layer). */
export const scaleUsageSchema = z.strictObject({
  scale: scaleId,
  verdicts: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
});
export type ScaleUsage = z.infer<typeof scaleUsageSchema>;

/**
 * The workspace settings channels, spread into `shared/ipc/contract.ts`. The analyst's own
 * profile goes through `profile:update` (it stays on this machine).
 */
export const settingsContract = {
  /**
   * Changes workspace settings; each field is optional and only the ones given change.
   * `customScales` replaces the workspace's own scales; `organisation: null` clears it. Removing a
   * scale that verdicts use is refused unless `removeScalesInUse` says the analyst agreed.
   */
  'settings:update': {
    input: z.strictObject({
      ratingScale: scaleId.optional(),
      customScales: z.array(ratingScaleSchema).max(50).optional(),
      organisation: organisationSchema.nullable().optional(),
      removeScalesInUse: z.boolean().optional(),
    }),
    output: settingsSchema,
  },
  /** The scales verdicts in this store are given on, with their counts; scales nobody used are absent. */
  'settings:scaleUsage': { input: z.strictObject({}), output: z.array(scaleUsageSchema) },
};
