import { describe, expect, it } from 'vitest';
import type { SyncState } from './sync-state';
import { describeSyncState } from './describe-sync-state';

const base: SyncState = {
  remote: 'https://git.example.org/desk.git',
  running: false,
  status: 'synced',
  syncedAt: '2026-12-07T14:05:00.000Z',
  toSend: 0,
  reason: null,
  tokenKept: 'keychain',
  refused: [],
};
const time = (iso: string) => iso.slice(11, 16);

describe('describeSyncState', () => {
  it('shows nothing for a casebook with no remote', () => {
    expect(describeSyncState({ ...base, remote: null }, time)).toBeNull();
  });

  it('says when it last synced, or how many changes wait', () => {
    expect(describeSyncState(base, time)?.label).toBe('Synced at 14:05');
    expect(describeSyncState({ ...base, toSend: 3 }, time)?.label).toBe('3 changes to send');
  });

  it('says offline with the changes queued, sign-in needed, and the remote refusing with why', () => {
    expect(describeSyncState({ ...base, status: 'offline', toSend: 1 }, time)).toMatchObject({
      label: 'Offline — 1 change to send',
      tone: 'warning',
    });
    expect(describeSyncState({ ...base, status: 'auth' }, time)).toMatchObject({ label: 'Sign-in needed', tone: 'error' });
    expect(
      describeSyncState({ ...base, status: 'refused', reason: 'The remote refused the changes: pre-receive hook declined' }, time),
    ).toMatchObject({
      label: 'Remote refused',
      detail: 'The remote refused the changes: pre-receive hook declined',
    });
  });

  it('warns when files from the remote were set aside', () => {
    expect(
      describeSyncState({ ...base, refused: [{ file: 'annotations/a/mallory.json', reason: 'is not valid JSON' }] }, time),
    ).toMatchObject({ tone: 'warning', detail: expect.stringContaining('1 file from the remote set aside') });
  });
});
