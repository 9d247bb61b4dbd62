import { z } from 'zod';
import { claimLinkSchema, claimRecordSchema, evidenceSourceSchema } from '../model/claim-record';

/*
 * The Web Annotation shapes Factmark reads: the standard JSON-LD other tools write, loosely
 * (unknown properties pass), except where Factmark needs a value — a TextQuoteSelector, textual
 * bodies — and its own extension properties, which must be valid Factmark records.
 */

/** A value or a list of them, read as a list; errors point into the value itself. */
const oneOrMany = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(schema));
const isoDateTime = z.iso.datetime({ offset: true });

const textQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'the quoted text (exact) is empty'),
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

/** Any selector; the two Factmark reads are checked in full, others pass (and are ignored). */
const selector = z.looseObject({ type: z.string() }).superRefine((value, ctx) => {
  const schema =
    value.type === 'TextQuoteSelector' ? textQuoteSelector : value.type === 'TextPositionSelector' ? textPositionSelector : undefined;
  const result = schema?.safeParse(value);
  if (result && !result.success)
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

const target = z.looseObject({
  source: z.string().optional(),
  selector: oneOrMany(selector),
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

/** One annotation as read from a file; `readWebAnnotations` then checks what a Factmark annotation needs (a tag, a quote). */
export const webAnnotationSchema = z.looseObject({
  id: z.string().min(1).optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))], {
    error: 'expected type "Annotation"',
  }),
  created: isoDateTime.optional(),
  modified: isoDateTime.optional(),
  creator: creator.optional(),
  body: oneOrMany(textualBody),
  // One target, possibly written as a list of one.
  target: z.preprocess((v: unknown) => (Array.isArray(v) && v.length === 1 ? (v[0] as unknown) : v), target),
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
