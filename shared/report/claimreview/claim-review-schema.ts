import { z } from 'zod';

const text = z.string().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date');
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL');

const organisation = z.strictObject({ '@type': z.literal('Organization'), name: text, url: httpUrl.optional() });
const person = z.strictObject({ '@type': z.literal('Person'), name: text, jobTitle: text.optional() });

/**
 * A schema.org ClaimReview as Factmark writes it: the shape Google's fact-check markup and the
 * ClaimReview databases read. Every review is checked against this before it is written.
 */
export const claimReviewSchema = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  claimReviewed: text,
  reviewRating: z
    .strictObject({
      '@type': z.literal('Rating'),
      alternateName: text,
      ratingValue: z.number().int().optional(),
      bestRating: z.number().int().optional(),
      worstRating: z.number().int().optional(),
      ratingExplanation: text.optional(),
    })
    .refine(
      (r) =>
        [r.ratingValue, r.bestRating, r.worstRating].every((v) => v === undefined) ||
        [r.ratingValue, r.bestRating, r.worstRating].every((v) => v !== undefined),
      {
        message: 'ratingValue, bestRating and worstRating go together',
      },
    ),
  itemReviewed: z.strictObject({
    '@type': z.literal('Claim'),
    author: z.union([person, organisation]),
    datePublished: isoDate.optional(),
    appearance: z.strictObject({
      '@type': z.literal('CreativeWork'),
      headline: text,
      url: httpUrl.optional(),
      publisher: organisation.optional(),
    }),
  }),
  author: organisation,
  url: httpUrl.optional(),
  datePublished: isoDate,
});
export type ClaimReview = z.infer<typeof claimReviewSchema>;
