import { z } from 'zod';
import { creatorSchema } from '../model/annotation';

/** Version of a reviewer's file; a newer one on disk is refused, never downgraded. */
export const REVIEW_SCHEMA_VERSION = 1;

const id = z.string().min(1).max(200);
const isoDateTime = z.iso.datetime({ offset: true });

/** What a reviewer decided about a colleague's annotation. */
export const REVIEW_DECISIONS = ['accepted', 'rejected'] as const;
export const reviewDecisionKindSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecisionKind = z.infer<typeof reviewDecisionKindSchema>;

/** One decision on one annotation, named by its id and its creator's id (ids are only unique per layer). */
export const reviewDecisionSchema = z.strictObject({
  annotationId: id,
  analystId: id,
  decision: reviewDecisionKindSchema,
  decided: isoDateTime,
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/**
 * One reply in the thread of an annotation. `parentId` names the reply it answers; without it,
 * the reply answers the annotation itself. Replies live in their author's review file, so
 * threads are put together from every analyst's file.
 */
export const reviewReplySchema = z.strictObject({
  id,
  annotationId: id,
  analystId: id,
  parentId: id.optional(),
  author: creatorSchema,
  text: z.string().min(1).max(10_000),
  created: isoDateTime,
});
export type ReviewReply = z.infer<typeof reviewReplySchema>;

/**
 * One reviewer's decisions and replies on one document: the content of
 * `annotations/<document>/<reviewer>.review.json`, which only that reviewer writes. At most one
 * decision per annotation; reply ids are unique and every reply is the reviewer's own.
 */
export const reviewFileSchema = z
  .strictObject({
    schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
    documentId: id,
    reviewer: creatorSchema,
    decisions: z.array(reviewDecisionSchema).max(100_000),
    replies: z.array(reviewReplySchema).max(100_000),
  })
  .superRefine((file, ctx) => {
    const decided = new Set<string>();
    file.decisions.forEach((d, i) => {
      const key = annotationKey(d);
      if (decided.has(key))
        ctx.addIssue({ code: 'custom', path: ['decisions', i], message: `two decisions on annotation ${d.annotationId}` });
      decided.add(key);
    });
    const replyIds = new Set<string>();
    file.replies.forEach((r, i) => {
      if (replyIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['replies', i, 'id'], message: `duplicate reply id ${r.id}` });
      replyIds.add(r.id);
      if (r.author.id !== file.reviewer.id)
        ctx.addIssue({
          code: 'custom',
          path: ['replies', i, 'author'],
          message: `reply ${r.id} was written by ${r.author.id}, not the file's reviewer`,
        });
    });
  });
export type ReviewFile = z.infer<typeof reviewFileSchema>;

/** A reviewer's file before any decision or reply. */
export function emptyReviewFile(documentId: string, reviewer: ReviewFile['reviewer']): ReviewFile {
  return { schemaVersion: REVIEW_SCHEMA_VERSION, documentId, reviewer, decisions: [], replies: [] };
}

/** The key that names an annotation across layers: its creator's id and its own id. */
export function annotationKey(ref: { analystId: string; annotationId: string }): string {
  return `${ref.analystId}\u0000${ref.annotationId}`;
}
