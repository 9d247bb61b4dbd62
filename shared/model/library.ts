import { z } from 'zod';
import { articleSummarySchema } from './article';

/** Version of the library index file. */
export const LIBRARY_SCHEMA_VERSION = 1;

/** The small library index: one summary per article, newest import first. */
export const libraryIndexSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  documents: z.array(articleSummarySchema),
});
export type LibraryIndex = z.infer<typeof libraryIndexSchema>;
