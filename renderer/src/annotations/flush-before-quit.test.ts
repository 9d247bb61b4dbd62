import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { FLUSH_BEFORE_QUIT_GLOBAL } from '../../../shared/ipc/flush-before-quit';
import { Autosave, PendingChanges, type AutosaveOptions, type ChangeBatch } from './autosave';
import { installFlushBeforeQuit } from './flush-before-quit';

const note = (id: string, text: string) => ({ id, body: { tag: 'claim', note: text } }) as unknown as Annotation;

/** An autosave whose requests go to `save`, as the client's `annotations:apply` would send them. */
function autosaveWith({
  save,
  ...options
}: Omit<AutosaveOptions, 'client' | 'documentId'> & { save: (batch: ChangeBatch) => Promise<{ savedAt: string }> }): Autosave {
  return new Autosave({ ...options, documentId: 'doc', client: { 'annotations:apply': ({ upsert, remove }) => save({ upsert, remove }) } });
}

function pageWithHook(): () => Promise<boolean> {
  const page = {};
  installFlushBeforeQuit(page);
  return (page as Record<string, () => Promise<boolean>>)[FLUSH_BEFORE_QUIT_GLOBAL]!;
}

describe('flush before quit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a change still waiting in the debounce when main asks, without waiting for the quiet time', async () => {
    const pending = new PendingChanges([]);
    const sent: ChangeBatch[] = [];
    const autosave = autosaveWith({ pending, save: async (batch) => (sent.push(batch), { savedAt: '2026-12-07T01:00:00.000Z' }) });
    pending.record('a', note('a', 'tagged just before quitting'));

    await expect(pageWithHook()()).resolves.toBe(true);
    expect(sent.map((batch) => batch.upsert.map((a) => a.body.note))).toEqual([['tagged just before quitting']]);
    autosave.dispose();
  });

  it('answers false when a save fails, so main knows the change is not on disk', async () => {
    const pending = new PendingChanges([]);
    const autosave = autosaveWith({ pending, save: () => Promise.reject(new Error('The store is closed.')) });
    pending.record('a', note('a', 'unsaved'));

    await expect(pageWithHook()()).resolves.toBe(false);
    autosave.dispose();
  });

  it('no longer waits for an autosave once its reader has closed', async () => {
    const pending = new PendingChanges([]);
    const save = vi.fn(async () => ({ savedAt: '2026-12-07T01:00:00.000Z' }));
    autosaveWith({ pending, save }).dispose();
    pending.record('a', note('a', 'left behind by a closed reader'));

    await expect(pageWithHook()()).resolves.toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});
