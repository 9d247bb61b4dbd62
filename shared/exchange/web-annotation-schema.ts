import { z } from 'zod';
import { claimLinkSchema, claimRecordSchema, evidenceSourceSchema } from '../model/claim-record';

/*
 * The Web Annotation shapes Factmark reads: the standard JSON-LD other tools write, loosely
 * (unknown properties pass), except where Factmark needs a value — a TextQuoteSelector, textual
 * bodies — and its own extension properties, which must be valid Factmark records.
 */

const oneOrMany = <T extends z.ZodType>(schema: T, what: string) =>
  z
    .union([schema, z.array(schema)], {
      error: `expected ${what} or a list of them`,
    })
    .transform((v) => (Array.isArray(v) ? v : [v]));
const isoDateTime = z.iso.datetime({ offset: true });

const textQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'an empty TextQuoteSelector quote'),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const textPositionSelector = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, {
    message: 'a TextPositionSelector must end after it starts',
  });

const otherSelector = z.looseObject({
  type: z.string().refine((t) => t !== 'TextQuoteSelector' && t !== 'TextPositionSelector'),
});

const selector = z.union([textQuoteSelector, textPositionSelector, otherSelector]);

const target = z.looseObject({
  source: z.string().optional(),
  selector: oneOrMany(selector, 'a selector with a type'),
});

const textualBody = z.looseObject({
  type: z.literal('TextualBody').optional(),
  purpose: z.string().optional(),
  value: z.string().max(100_000),
});

const creator = z.union(
  [
    z
      .string()
      .min(1)
      .max(200)
      .transform((id) => ({ id, name: undefined })),
    z.looseObject({
      id: z.string().min(1).max(200).optional(),
      name: z.string().max(200).optional(),
    }),
  ],
  {
    error: 'expected a creator IRI or an object with id and name (at most 200 characters)',
  },
);

/** One annotation as read from a file; `superRefine` in `webAnnotationSchema` checks what a Factmark annotation needs. */
export const webAnnotationSchema = z.looseObject({
  id: z.string().min(1).optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))], { error: 'expected type "Annotation"' }),
  created: isoDateTime.optional(),
  modified: isoDateTime.optional(),
  creator: creator.optional(),
  body: oneOrMany(textualBody, 'a TextualBody with a string value'),
  target: z.union(
    [
      target,
      z
        .array(target)
        .length(1)
        .transform((t) => t[0]!),
    ],
    { error: 'expected one target with a selector' },
  ),
  'factmark:claim': claimRecordSchema.optional(),
  'factmark:links': z.array(claimLinkSchema).max(1_000).optional(),
  'factmark:sources': z.array(evidenceSourceSchema).max(1_000).optional(),
});
export type WebAnnotation = z.output<typeof webAnnotationSchema>;

const items = z.array(z.unknown());

/** An AnnotationCollection with its items on it (`items`) or in its first page (`first.items`). */
export const annotationCollectionSchema = z.union([
  z.looseObject({ items }),
  z.looseObject({ first: z.looseObject({ items }) }).transform((c) => ({ ...c, items: c.first.items })),
]);
