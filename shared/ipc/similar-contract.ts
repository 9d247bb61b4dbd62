import { z } from 'zod';
import { verdictGroupSchema } from '../model/claim-record';

/** One similar claim as it crosses IPC: the fields of `factmark similar`, camel-cased. */
export const similarMatchSchema = z.strictObject({
  kind: z.enum(['claim', 'factcheck']),
  docId: z.string().nullable(),
  annotationId: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
  claimant: z.string().nullable(),
  verdict: z.string().nullable(),
  group: verdictGroupSchema.nullable(),
  date: z.string().nullable(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type SimilarMatchView = z.infer<typeof similarMatchSchema>;

/** The similar-claims channel, spread into `shared/ipc/contract.ts`. */
export const similarContract = {
  /**
   * The claims (every analyst's, every article) and imported fact-checks most like `text`, best
   * first, at most `limit` (5 by default), only those reaching the index's threshold, each with
   * its reasons. `exclude` names claims never returned (`{docId, annotationId}`: the claim asked
   * about). Offline; the index follows the store's writes.
   */
  'similar:find': {
    input: z.strictObject({
      text: z.string().min(1).max(5_000),
      claimant: z.string().min(1).max(300).optional(),
      exclude: z
        .array(z.strictObject({ docId: z.string().min(1).max(200), annotationId: z.string().min(1).max(200) }))
        .max(100)
        .optional(),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    output: z.strictObject({ matches: z.array(similarMatchSchema).max(50) }),
  },
};
