import { z } from 'zod';
import { annotationSchema, creatorSchema } from './annotation';

/** Version of the per-analyst annotations file. */
export const LAYER_SCHEMA_VERSION = 1;

/**
 * One analyst's annotations on one document: the content of one annotations file, so two
 * analysts never write the same file.
 */
export const annotationLayerSchema = z
  .strictObject({
    schemaVersion: z.literal(LAYER_SCHEMA_VERSION),
    documentId: z.string().min(1),
    analyst: creatorSchema,
    annotations: z.array(annotationSchema),
  })
  .superRefine((layer, ctx) => {
    const seen = new Set<string>();
    layer.annotations.forEach((a, i) => {
      if (a.documentId !== layer.documentId) {
        ctx.addIssue({ code: 'custom', path: ['annotations', i, 'documentId'], message: 'belongs to another document' });
      }
      if (seen.has(a.id)) {
        ctx.addIssue({ code: 'custom', path: ['annotations', i, 'id'], message: `duplicate id ${a.id}` });
      }
      seen.add(a.id);
    });
  });

export type AnnotationLayer = z.infer<typeof annotationLayerSchema>;
