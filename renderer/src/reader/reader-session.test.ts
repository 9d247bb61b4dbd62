// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDocument } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import type { ClaimRemovalChoice } from '../../../shared/claims';
import type { ChangeBatch } from '../annotations/autosave';
import type { RemovalQuestion } from './linked-removal';
import { ReaderSession } from './reader-session';
import { NOTICE_LIFETIME_MS } from './reader-ui';

const article: Article = {
  schemaVersion: 1,
  id: 'doc',
  metadata: { title: 'Minister denies report' },
  blocks: [
    { type: 'title', text: 'Minister denies report' },
    { type: 'paragraph', text: 'The minister denied it. A memo says otherwise. Nobody commented.' },
  ],
  source: {
    fileName: 'report.txt',
    mediaType: 'text/plain',
    sha256: 'a'.repeat(64),
    byteLength: 100,
    importedAt: '2024-05-01T10:00:00.000Z',
  },
  cleaning: { dropped: [], restored: [] },
};

// jsdom has no layout: hit tests find nothing, so the cursor starts at the first sentence.
document.elementFromPoint = () => null;
// Nor can a range measure itself, which the view asks when focus returns to the article.
Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => new DOMRect();

const sessions: ReaderSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  document.body.innerHTML = '';
});

/** Opens `opened` with a client that records what it is asked to save and a confirm that answers `answer` (and records the question). */
function open(opened: OpenedDocument = { article, annotations: [] }, answer: ClaimRemovalChoice | null = null) {
  const saved: ChangeBatch[] = [];
  const asked: RemovalQuestion[] = [];
  const client = {
    'annotations:apply': async ({ upsert, remove }: ChangeBatch & { documentId: string }) => {
      saved.push({ upsert, remove });
      return { savedAt: '2024-05-01T10:00:01.000Z' };
    },
  };
  const confirmRemoval = async (question: RemovalQuestion) => (asked.push(question), answer);
  const session = new ReaderSession(opened, { id: 'ana', name: 'Ana' }, client, { confirmRemoval });
  sessions.push(session);
  const mount = document.createElement('div');
  document.body.append(mount);
  session.attach(mount);
  const badges = () => [...mount.querySelectorAll('[data-testid="highlight-badge"]')].map((b) => b.getAttribute('data-tag'));
  const selected = () => [...mount.querySelectorAll('.reader-selection')].map((e) => e.textContent).join('');
  return { session, saved, asked, mount, badges, selected };
}

describe('ReaderSession', () => {
  it('lets a notice go once it has been read, but not a newer one', () => {
    vi.useFakeTimers();
    try {
      const { session } = open();
      session.cursor.move(1, false);
      session.toggleTag('claim');
      session.undo();
      expect(session.getSnapshot().notice).toBe('Undone');
      vi.advanceTimersByTime(NOTICE_LIFETIME_MS - 1000);
      session.redo();
      vi.advanceTimersByTime(1000);
      expect(session.getSnapshot().notice).toBe('Redone');
      vi.advanceTimersByTime(NOTICE_LIFETIME_MS);
      expect(session.getSnapshot().notice).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says which annotation N chose when the selection holds several, and makes it active', () => {
    const { session } = open();
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    session.toggleTag('claim');
    session.toggleTag('evidence');
    session.cursor.move(-1, false);
    session.cursor.move(1, false);
    const chosen = session.cursor.noteTarget();
    expect(session.getSnapshot().activeId).toBe(chosen);
    expect(session.annotations.get(chosen!)?.body.tag).toBe('claim');
    expect(session.getSnapshot().notice).toBe('Note: claim 1 of 2 here (click the highlight again for the next)');
  });

  it('J/K step over captions and credits to the next body sentence; a click on a caption still selects it', () => {
    const withCaption: Article = {
      ...article,
      blocks: [
        { type: 'paragraph', text: 'The roof fell in.' },
        { type: 'caption', text: 'The classroom after the fall. Reuters File' },
        { type: 'paragraph', text: 'Nobody was hurt.' },
      ],
    };
    const { session, selected } = open({ article: withCaption, annotations: [] });
    session.cursor.move(1, false);
    expect(selected()).toBe('The roof fell in.');
    session.cursor.move(1, false);
    expect(selected()).toBe('Nobody was hurt.');
    session.cursor.move(1, false);
    expect(selected()).toBe('Nobody was hurt.');
    session.cursor.move(-1, false);
    expect(selected()).toBe('The roof fell in.');
    const at = session.text.indexOf('Reuters');
    session.cursor.follow({ kind: 'click', from: at, to: at, shift: false, alt: false, done: true, hits: [] });
    expect(selected()).toContain('Reuters File');
  });

  it('makes what J/K selects the active annotation, so N writes on it and not on the one left behind', () => {
    const { session } = open();
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    session.toggleTag('denial');
    const denial = session.annotations.getSnapshot().annotations.find((a) => a.body.tag === 'denial')?.id;
    session.cursor.move(1, false);
    session.toggleTag('evidence');
    session.cursor.move(-1, false);
    expect(session.cursor.noteTarget()).toBe(denial);
    session.cursor.move(1, false);
    const evidence = session.cursor.noteTarget();
    expect(evidence).not.toBe(denial);
    expect(session.annotations.get(evidence!)?.body.tag).toBe('evidence');
    session.cursor.move(1, false);
    expect(session.getSnapshot().activeId).toBeNull();
    expect(session.cursor.noteTarget()).toBeNull();
  });

  it('walks sentences with the cursor and tags the selected one', () => {
    const { session, badges, selected } = open();
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    expect(selected()).toBe('A memo says otherwise.');
    session.toggleTag('evidence');
    expect(badges()).toEqual(['evidence']);
    expect(session.getSnapshot().notice).toBe('Evidence added');
    session.toggleTag('evidence');
    expect(badges()).toEqual([]);
  });

  it('asks for a selection before tagging', () => {
    const { session } = open();
    session.toggleTag('claim');
    expect(session.getSnapshot().notice).toMatch(/Select a sentence first/);
    expect(session.annotations.getSnapshot().annotations).toEqual([]);
  });

  it('extends the selection with the cursor and changes its tags in one step', () => {
    const { session, badges, selected } = open();
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    session.toggleTag('claim');
    session.cursor.move(1, true);
    expect(selected()).toBe('The minister denied it. A memo says otherwise.');
    session.changeTag('denial');
    expect(badges()).toEqual(['denial']);
    session.undo();
    expect(badges()).toEqual(['claim']);
  });

  it('goes to an annotation from its card: selects its range and marks it active', () => {
    const { session, mount } = open();
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    session.toggleTag('claim');
    session.cursor.clear();
    const [annotation] = session.annotations.getSnapshot().annotations;
    session.cursor.goTo(annotation!.id);
    expect(session.getSnapshot().activeId).toBe(annotation!.id);
    expect(mount.querySelector('.hl-active')?.textContent).toBe('The minister denied it.');
    session.removeTags();
    expect(session.getSnapshot().activeId).toBeNull();
    expect(mount.querySelector('.hl-active')).toBeNull();
  });

  it('never changes the article text', () => {
    const { session, mount } = open();
    const before = mount.textContent;
    session.cursor.move(1, false);
    session.toggleTag('claim');
    session.toggleTag('denial');
    expect(mount.querySelector('[data-testid="article"]')?.getAttribute('contenteditable')).toBe('false');
    expect(mount.textContent?.replace(/[CDE]/g, '')).toBe(before?.replace(/[CDE]/g, ''));
  });

  it('saves tagging through autosave when flushed', async () => {
    const { session, saved } = open();
    session.cursor.move(1, false);
    session.toggleTag('claim');
    await session.flush();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.upsert[0]).toMatchObject({ documentId: 'doc', creator: { id: 'ana', name: 'Ana' }, body: { tag: 'claim' } });
  });
});

describe('ReaderSession guard on linked claims', () => {
  /** Waits for the confirm's answer to be acted on. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** A claim on "The minister denied it." and evidence on "A memo says otherwise." that supports it; the claim is selected. */
  function linkedClaim(answer: ClaimRemovalChoice | null) {
    const opened = open(undefined, answer);
    const { session } = opened;
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    session.toggleTag('claim');
    session.cursor.move(1, false);
    session.toggleTag('evidence');
    const [claim, evidence] = session.annotations.getSnapshot().annotations;
    session.updateBody(evidence!.id, { links: [{ claim: claim!.id, stance: 'supports' }] });
    session.cursor.move(-1, false);
    return { ...opened, claim: claim!, evidence: evidence! };
  }

  it('tags and untags without asking when no evidence links to the claim', () => {
    const { session, asked, badges } = open();
    session.cursor.move(1, false);
    session.cursor.move(1, false);
    session.toggleTag('claim');
    session.toggleTag('claim');
    expect(badges()).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('asks before toggling off a claim evidence links to, and a cancel changes nothing', async () => {
    const { session, asked, claim, evidence } = linkedClaim(null);
    session.toggleTag('claim');
    expect(asked).toEqual([{ ids: [claim.id], claims: 1, linked: 1 }]);
    await settle();
    expect(session.annotations.getSnapshot().annotations.map((a) => a.id)).toEqual([claim.id, evidence.id]);
    expect(session.annotations.get(evidence.id)?.body.links).toEqual([{ claim: claim.id, stance: 'supports' }]);
  });

  it('on "unlink" removes the claim and keeps the evidence unlinked, as one undoable step', async () => {
    const { session, claim, evidence, badges } = linkedClaim('unlink');
    session.toggleTag('claim');
    await settle();
    expect(session.annotations.get(claim.id)).toBeUndefined();
    expect(session.annotations.get(evidence.id)?.body.links).toEqual([]);
    expect(session.getSnapshot().notice).toBe('Removed 1 annotation; 1 unlinked');
    expect(badges()).toEqual(['evidence']);
    session.undo();
    expect(session.annotations.get(evidence.id)?.body.links).toEqual([{ claim: claim.id, stance: 'supports' }]);
    expect(badges()).toEqual(['claim', 'evidence']);
  });

  it('asks before retagging a linked claim, and on "delete-linked" removes its evidence and puts on the new tag', async () => {
    const { session, asked, claim, evidence, badges } = linkedClaim('delete-linked');
    session.changeTag('denial');
    expect(asked).toEqual([{ ids: [claim.id], claims: 1, linked: 1, retagAs: 'denial' }]);
    await settle();
    expect(session.annotations.get(evidence.id)).toBeUndefined();
    expect(badges()).toEqual(['denial']);
    expect(session.getSnapshot().notice).toBe('Changed to denial: removed 2 annotations');
  });

  it('asks before a card removes a linked claim, and before Delete removes the tags around one', async () => {
    const { session, asked, claim } = linkedClaim(null);
    session.remove(claim.id);
    session.removeTags();
    expect(asked.map((q) => q.ids)).toEqual([[claim.id], [claim.id]]);
    await settle();
    expect(session.annotations.get(claim.id)).toBeDefined();
  });

  it('removes evidence from its card without asking: only claims strand links', () => {
    const { session, asked, evidence } = linkedClaim(null);
    session.remove(evidence.id);
    expect(asked).toEqual([]);
    expect(session.annotations.get(evidence.id)).toBeUndefined();
  });
});
