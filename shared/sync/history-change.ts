import { z } from 'zod';
import { TRACKED_FIELDS } from './layer-changes';

/** One change in an annotation's history, exactly as `factmark history` prints it. */
export const historyChangeSchema = z.strictObject({
  /** When (ISO): the annotation's own `modified` time, or the commit's for a removal. */
  at: z.string(),
  /** The id of the analyst whose layer holds the change. */
  analyst: z.string(),
  annotation_id: z.string(),
  field: z.enum(TRACKED_FIELDS),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type HistoryChange = z.infer<typeof historyChangeSchema>;

/**
 * An annotation's history as the app shows it: `synced` false when the casebook has no git
 * history (then `changes` is empty: there is nothing to tell who changed what); the analysts'
 * names by id, as their layers last named them.
 */
export const historyAnswerSchema = z.strictObject({
  synced: z.boolean(),
  changes: z.array(historyChangeSchema).max(100_000),
  analysts: z.record(z.string(), z.string()),
});
export type HistoryAnswer = z.infer<typeof historyAnswerSchema>;
