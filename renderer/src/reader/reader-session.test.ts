// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDocument } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import type { ChangeBatch } from '../annotations/pending-changes';
import { NOTICE_LIFETIME_MS, ReaderSession } from './reader-session';

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

const sessions: ReaderSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  document.body.innerHTML = '';
});

function open(opened: OpenedDocument = { article, annotations: [] }) {
  const saved: ChangeBatch[] = [];
  const session = new ReaderSession(opened, { id: 'ana', name: 'Ana' }, async (_id, batch) => {
    saved.push(batch);
    return { savedAt: '2024-05-01T10:00:01.000Z' };
  });
  sessions.push(session);
  const mount = document.createElement('div');
  document.body.append(mount);
  session.attach(mount);
  const badges = () => [...mount.querySelectorAll('[data-testid="highlight-badge"]')].map((b) => b.getAttribute('data-tag'));
  const selected = () => [...mount.querySelectorAll('.reader-selection')].map((e) => e.textContent).join('');
  return { session, saved, mount, badges, selected };
}

describe('ReaderSession', () => {
  it('lets a notice go once it has been read, but not a newer one', () => {
    vi.useFakeTimers();
    try {
      const { session } = open();
      session.moveCursor(1, false);
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

  it('makes what J/K selects the active annotation, so N writes on it and not on the one left behind', () => {
    const { session } = open();
    session.moveCursor(1, false);
    session.moveCursor(1, false);
    session.toggleTag('denial');
    const denial = session.store.getSnapshot().annotations.find((a) => a.body.tag === 'denial')?.id;
    session.moveCursor(1, false);
    session.toggleTag('evidence');
    session.moveCursor(-1, false);
    expect(session.noteTarget()).toBe(denial);
    session.moveCursor(1, false);
    const evidence = session.noteTarget();
    expect(evidence).not.toBe(denial);
    expect(session.store.get(evidence!)?.body.tag).toBe('evidence');
    session.moveCursor(1, false);
    expect(session.getSnapshot().activeId).toBeNull();
    expect(session.noteTarget()).toBeNull();
  });

  it('walks sentences with the cursor and tags the selected one', () => {
    const { session, badges, selected } = open();
    session.moveCursor(1, false);
    session.moveCursor(1, false);
    session.moveCursor(1, false);
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
    expect(session.store.getSnapshot().annotations).toEqual([]);
  });

  it('extends the selection with the cursor and changes its tags in one step', () => {
    const { session, badges, selected } = open();
    session.moveCursor(1, false);
    session.moveCursor(1, false);
    session.toggleTag('claim');
    session.moveCursor(1, true);
    expect(selected()).toBe('The minister denied it. A memo says otherwise.');
    session.changeTag('denial');
    expect(badges()).toEqual(['denial']);
    session.undo();
    expect(badges()).toEqual(['claim']);
  });

  it('goes to an annotation from its card: selects its range and marks it active', () => {
    const { session, mount } = open();
    session.moveCursor(1, false);
    session.moveCursor(1, false);
    session.toggleTag('claim');
    session.clearSelection();
    const [annotation] = session.store.getSnapshot().annotations;
    session.goToAnnotation(annotation!.id);
    expect(session.getSnapshot().activeId).toBe(annotation!.id);
    expect(mount.querySelector('.hl-active')?.textContent).toBe('The minister denied it.');
    session.removeTags();
    expect(session.getSnapshot().activeId).toBeNull();
    expect(mount.querySelector('.hl-active')).toBeNull();
  });

  it('never changes the article text', () => {
    const { session, mount } = open();
    const before = mount.textContent;
    session.moveCursor(1, false);
    session.toggleTag('claim');
    session.toggleTag('denial');
    expect(mount.querySelector('[data-testid="article"]')?.getAttribute('contenteditable')).toBe('false');
    expect(mount.textContent?.replace(/[CDE]/g, '')).toBe(before?.replace(/[CDE]/g, ''));
  });

  it('saves tagging through autosave when flushed', async () => {
    const { session, saved } = open();
    session.moveCursor(1, false);
    session.toggleTag('claim');
    await session.flush();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.upsert[0]).toMatchObject({ documentId: 'doc', creator: { id: 'ana', name: 'Ana' }, body: { tag: 'claim' } });
  });
});
