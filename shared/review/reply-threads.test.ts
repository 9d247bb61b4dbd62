import { describe, expect, it } from 'vitest';
import { buildReplyThreads, countReplies } from './reply-threads';
import { annotationKey, reviewFileSchema, type ReviewReply } from './review-file';
import { ANA, BEN } from './test-support/review-fixtures';

function reply(id: string, author: typeof ANA, minute: number, parentId?: string): ReviewReply {
  return {
    id,
    annotationId: 'a1',
    analystId: 'ben',
    ...(parentId ? { parentId } : {}),
    author,
    text: `reply ${id}`,
    created: `2026-02-01T09:${String(minute).padStart(2, '0')}:00.000Z`,
  };
}

describe('buildReplyThreads', () => {
  it('nests answers under the reply they answer, oldest first, across reviewers', () => {
    const threads = buildReplyThreads([reply('r3', ANA, 3, 'r1'), reply('r1', ANA, 1), reply('r2', BEN, 2, 'r1'), reply('r4', BEN, 4)]);
    const roots = threads.get(annotationKey({ analystId: 'ben', annotationId: 'a1' }))!;
    expect(roots.map((n) => n.reply.id)).toEqual(['r1', 'r4']);
    expect(roots[0]!.answers.map((n) => n.reply.id)).toEqual(['r2', 'r3']);
    expect(countReplies(roots)).toBe(4);
  });

  it('keeps a reply whose parent is missing, or later than itself, as a thread of its own', () => {
    const threads = buildReplyThreads([reply('r1', ANA, 1, 'r2'), reply('r2', BEN, 2, 'r1'), reply('r5', ANA, 5, 'gone')]);
    const roots = threads.get(annotationKey({ analystId: 'ben', annotationId: 'a1' }))!;
    expect(roots.map((n) => n.reply.id)).toEqual(['r1', 'r5']);
    expect(countReplies(roots)).toBe(3);
  });
});

describe('reviewFileSchema', () => {
  const base = { schemaVersion: 1, documentId: 'story', reviewer: ANA, decisions: [], replies: [] };
  it('refuses two decisions on one annotation and replies by someone else', () => {
    const decision = { annotationId: 'a1', analystId: 'ben', decision: 'accepted', decided: '2026-02-01T09:00:00.000Z' };
    expect(reviewFileSchema.safeParse({ ...base, decisions: [decision, { ...decision, decision: 'rejected' }] }).success).toBe(false);
    expect(reviewFileSchema.safeParse({ ...base, replies: [reply('r1', BEN, 1)] }).success).toBe(false);
    expect(reviewFileSchema.safeParse({ ...base, decisions: [decision], replies: [reply('r1', ANA, 1)] }).success).toBe(true);
  });
});
