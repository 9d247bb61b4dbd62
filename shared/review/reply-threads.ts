import { annotationKey, type ReviewReply } from './review-file';

/** A reply and the replies that answer it, oldest first. */
export interface ReplyNode {
  reply: ReviewReply;
  answers: ReplyNode[];
}

/**
 * The threads of every annotation, keyed by `annotationKey`, from replies gathered from every
 * analyst's review file. A reply whose parent is not among them (its author's file is not here,
 * or the parent is on another annotation) starts a thread of its own rather than being lost.
 */
export function buildReplyThreads(replies: readonly ReviewReply[]): Map<string, ReplyNode[]> {
  const sorted = [...replies].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  const placed = new Map<string, ReplyNode>();
  const threads = new Map<string, ReplyNode[]>();
  for (const reply of sorted) {
    const node: ReplyNode = { reply, answers: [] };
    const key = annotationKey(reply);
    // Only an earlier reply can be a parent, so ids repeated across files can never make a cycle.
    const parent = reply.parentId === undefined ? undefined : placed.get(reply.parentId);
    if (!placed.has(reply.id)) placed.set(reply.id, node);
    if (parent && annotationKey(parent.reply) === key) {
      parent.answers.push(node);
      continue;
    }
    const roots = threads.get(key) ?? [];
    roots.push(node);
    threads.set(key, roots);
  }
  return threads;
}

/** How many replies a thread holds, answers included. */
export function countReplies(nodes: readonly ReplyNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countReplies(node.answers), 0);
}
