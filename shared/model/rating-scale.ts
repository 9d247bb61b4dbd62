import { z } from 'zod';
import { verdictGroupSchema } from './claim-record';

/** One rating on a scale, with the common group it counts as and, on numeric scales, its value. */
export const ratingSchema = z.strictObject({
  label: z.string().min(1).max(200),
  group: verdictGroupSchema,
  /** 1 = worst. Present on every rating of a numeric scale, on none of the others. */
  value: z.number().int().positive().optional(),
});
export type Rating = z.infer<typeof ratingSchema>;

/**
 * A rating scale a workspace rates claims on. `freeText` scales have no fixed labels: the
 * analyst writes one and picks its group.
 */
export const ratingScaleSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    freeText: z.boolean(),
    ratings: z.array(ratingSchema).max(50),
  })
  .superRefine((scale, ctx) => {
    const labels = new Set<string>();
    scale.ratings.forEach((rating, i) => {
      const key = rating.label.toLowerCase();
      if (labels.has(key)) ctx.addIssue({ code: 'custom', path: ['ratings', i, 'label'], message: `duplicate label ${rating.label}` });
      labels.add(key);
    });
    const numeric = scale.ratings.filter((r) => r.value !== undefined).length;
    if (numeric !== 0 && numeric !== scale.ratings.length) {
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'either every rating has a value or none does' });
    }
    if (scale.freeText && scale.ratings.length > 0)
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'a free-text scale has no fixed ratings' });
    if (!scale.freeText && scale.ratings.length === 0)
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'a scale needs at least one rating' });
  });
export type RatingScale = z.infer<typeof ratingScaleSchema>;

/** Whether the scale's ratings carry numbers (ClaimReview then gets ratingValue, bestRating, worstRating). */
export function isNumericScale(scale: RatingScale): boolean {
  return scale.ratings.length > 0 && scale.ratings.every((r) => r.value !== undefined);
}
