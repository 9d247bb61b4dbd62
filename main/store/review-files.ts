import type { StoreMessage } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Creator } from '../../shared/model/annotation';
import {
  annotationKey,
  emptyReviewFile,
  REVIEW_SCHEMA_VERSION,
  reviewFileSchema,
  type ReviewDecisionKind,
  type ReviewFile,
} from '../../shared/review/review-file';
import { StoreFileAdapter } from './store-file';
import { reviewPath } from './store-paths';

/** A change to the reviewer's own file: decisions to make or take back, and replies to add. */
export interface ReviewChange {
  decide: { annotationId: string; analystId: string; decision: ReviewDecisionKind | 'undecided' }[];
  reply: { annotationId: string; analystId: string; parentId?: string; text: string }[];
}

/**
 * The reviewer's own decisions and replies, one crash-safe file per document that only this
 * analyst writes (`annotations/<document>/reviews/<reviewer>.json`), read once then kept in
 * memory. A damaged file is set aside and its newest good backup used, like every store file.
 */
export function createReviewFiles(storeDir: string, report: (message: StoreMessage) => void, written?: (relPath: string) => void) {
  const loaded = new Map<string, Promise<{ file: StoreFileAdapter<ReviewFile>; data: ReviewFile }>>();

  function load(documentId: string, reviewer: Creator) {
    const relPath = reviewPath(documentId, reviewer.id);
    let entry = loaded.get(relPath);
    if (!entry) {
      const check = (data: ReviewFile) =>
        data.documentId !== documentId || data.reviewer.id !== reviewer.id
          ? `holds the review of ${data.reviewer.id} on ${data.documentId}`
          : undefined;
      const file = new StoreFileAdapter<ReviewFile>({
        storeDir,
        relPath,
        format: { schema: reviewFileSchema, version: REVIEW_SCHEMA_VERSION, check },
        readOnly: false,
        report,
        written,
      });
      entry = file.read().then((data) => ({ file, data: data ?? emptyReviewFile(documentId, reviewer) }));
      loaded.set(relPath, entry);
      entry.catch(() => loaded.delete(relPath));
    }
    return entry;
  }

  return {
    /** The reviewer's file on the document (empty if they have not reviewed it). */
    async get(documentId: string, reviewer: Creator): Promise<ReviewFile> {
      return structuredClone((await load(documentId, reviewer)).data);
    },

    /**
     * Applies a change and resolves with the new file once durable. Replies get `newId()` ids and
     * `now` as their time; 'invalid-request' if a reply answers a reply the file does not hold
     * about another annotation, or the result would not validate.
     */
    async apply(documentId: string, reviewer: Creator, change: ReviewChange, now: Date, newId: () => string): Promise<ReviewFile> {
      const entry = await load(documentId, reviewer);
      const at = now.toISOString();
      const decisions = new Map(entry.data.decisions.map((d) => [annotationKey(d), d]));
      for (const { annotationId, analystId, decision } of change.decide) {
        if (analystId === reviewer.id)
          throw new UserFacingError(
            'invalid-request',
            `Annotation ${annotationId} is your own: only colleagues' annotations are accepted or rejected.`,
          );
        const key = annotationKey({ annotationId, analystId });
        if (decision === 'undecided') decisions.delete(key);
        else decisions.set(key, { annotationId, analystId, decision, decided: at });
      }
      const replies = [...entry.data.replies];
      for (const { parentId, text, ...about } of change.reply) {
        replies.push({ id: newId(), ...about, ...(parentId ? { parentId } : {}), author: reviewer, text: text.trim(), created: at });
      }
      const next = reviewFileSchema.safeParse({
        ...entry.data,
        schemaVersion: REVIEW_SCHEMA_VERSION,
        reviewer,
        decisions: [...decisions.values()],
        replies,
      });
      if (!next.success) {
        throw new UserFacingError('invalid-request', `The review cannot be saved: ${next.error.issues[0]?.message ?? 'invalid'}.`);
      }
      entry.data = next.data;
      await entry.file.write(next.data);
      return structuredClone(next.data);
    },

    /** Resolves when every write asked for so far has finished. */
    async idle(): Promise<void> {
      const entries = await Promise.allSettled(loaded.values());
      await Promise.all(entries.flatMap((e) => (e.status === 'fulfilled' ? [e.value.file.idle()] : [])));
    },
  };
}

export type ReviewFiles = ReturnType<typeof createReviewFiles>;
