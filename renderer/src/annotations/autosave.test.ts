import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { Autosave, PendingChanges, type AutosaveOptions, type ChangeBatch } from './autosave';

const note = (id: string, text: string) => ({ id, body: { tag: 'claim', note: text } }) as unknown as Annotation;

/** An autosave whose requests go to `save`, as the client's `annotations:apply` would send them. */
function autosaveWith({
  save,
  ...options
}: Omit<AutosaveOptions, 'client' | 'documentId'> & { save: (batch: ChangeBatch) => Promise<{ savedAt: string }> }): Autosave {
  return new Autosave({ ...options, documentId: 'doc', client: { 'annotations:apply': ({ upsert, remove }) => save({ upsert, remove }) } });
}

function deferred() {
  let resolve!: (v: { savedAt: string }) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<{ savedAt: string }>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment, then sends the coalesced changes once', async () => {
    const pending = new PendingChanges([]);
    const sent: ChangeBatch[] = [];
    const autosave = autosaveWith({ pending, save: async (b) => (sent.push(b), { savedAt: '2024-05-01T10:00:05.000Z' }) });
    pending.record('a', note('a', 'one'));
    await vi.advanceTimersByTimeAsync(200);
    pending.record('a', note('a', 'two'));
    expect(autosave.getSnapshot().kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.map((b) => b.upsert.map((a) => a.body.note))).toEqual([['two']]);
    expect(autosave.getSnapshot()).toEqual({ kind: 'saved', at: new Date('2024-05-01T10:00:05.000Z') });
  });

  it('never has two saves in flight and sends what arrived meanwhile afterwards', async () => {
    const pending = new PendingChanges([]);
    const calls: { batch: ChangeBatch; done: ReturnType<typeof deferred> }[] = [];
    autosaveWith({
      pending,
      save: (batch) => {
        const done = deferred();
        calls.push({ batch, done });
        return done.promise;
      },
    });
    pending.record('a', note('a', 'one'));
    await vi.advanceTimersByTimeAsync(300);
    pending.record('b', note('b', 'two'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    calls[0]!.done.resolve({ savedAt: '2024-05-01T10:00:00.000Z' });
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.map((c) => c.batch.upsert.map((a) => a.id))).toEqual([['a'], ['b']]);
  });

  it('keeps failed changes, shows why, and retries them', async () => {
    const pending = new PendingChanges([]);
    let fail = true;
    const sent: ChangeBatch[] = [];
    const autosave = autosaveWith({
      pending,
      retryDelaysMs: [1000],
      save: async (batch) => {
        sent.push(batch);
        if (fail) throw new Error('The disk is full.');
        return { savedAt: '2024-05-01T10:00:00.000Z' };
      },
    });
    pending.record('a', note('a', 'one'));
    await vi.advanceTimersByTimeAsync(300);
    expect(autosave.getSnapshot()).toEqual({ kind: 'failed', message: 'The disk is full.' });
    expect(autosave.hasUnsaved).toBe(true);
    pending.record('b', note('b', 'two'));
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(
      sent
        .at(-1)
        ?.upsert.map((a) => a.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(autosave.getSnapshot().kind).toBe('saved');
    expect(autosave.hasUnsaved).toBe(false);
  });

  it('does not resend a failed change that a newer one replaced', () => {
    const pending = new PendingChanges([]);
    pending.record('a', note('a', 'old'));
    const batch = pending.take()!;
    pending.record('a', note('a', 'new'));
    pending.requeue(batch);
    expect(pending.take()?.upsert.map((a) => a.body.note)).toEqual(['new']);
  });

  it('flushes at once without waiting for the delay', async () => {
    const pending = new PendingChanges([]);
    const sent: ChangeBatch[] = [];
    const autosave = autosaveWith({ pending, save: async (b) => (sent.push(b), { savedAt: '2024-05-01T10:00:00.000Z' }) });
    pending.record('a', note('a', 'one'));
    await expect(autosave.flush()).resolves.toBe(true);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
  });

  it('starts saving changes that were pending before it existed', async () => {
    const pending = new PendingChanges(['a']);
    pending.record('a', null);
    const sent: ChangeBatch[] = [];
    autosaveWith({ pending, save: async (b) => (sent.push(b), { savedAt: '2024-05-01T10:00:00.000Z' }) });
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toEqual([{ upsert: [], remove: ['a'] }]);
  });

  it('shows its last state again when the waiting changes cancel out, as a tag made and undone before it was sent', async () => {
    const pending = new PendingChanges([]);
    const sent: ChangeBatch[] = [];
    const autosave = autosaveWith({ pending, save: async (b) => (sent.push(b), { savedAt: '2024-05-01T10:00:00.000Z' }) });
    pending.record('a', note('a', 'one'));
    expect(autosave.getSnapshot().kind).toBe('saving');
    pending.record('a', null);
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toEqual([]);
    expect(autosave.getSnapshot()).toEqual({ kind: 'clean' });
    pending.record('b', note('b', 'two'));
    await vi.advanceTimersByTimeAsync(300);
    pending.record('c', note('c', 'three'));
    pending.record('c', null);
    await vi.advanceTimersByTimeAsync(300);
    expect(autosave.getSnapshot()).toEqual({ kind: 'saved', at: new Date('2024-05-01T10:00:00.000Z') });
  });
});
