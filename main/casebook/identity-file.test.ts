import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreMessage } from '../../shared/ipc/contract';
import { ALICE, makeTempDir } from '../store/test-support/fixtures';
import { IDENTITY_FILE, newAnalyst, openIdentityFile } from './identity-file';
import { openCasebookStore } from './open-casebook-store';

describe('the identity file', () => {
  it('starts as the fallback analyst, kept at once so every store this machine opens is annotated under one id, with the profile unconfirmed', async () => {
    const dir = await makeTempDir();
    const identity = await openIdentityFile(dir, ALICE, () => {});
    expect(identity.get()).toEqual({ analyst: ALICE });
    expect((await openIdentityFile(dir, newAnalyst('Someone Else'), () => {})).get()).toEqual({ analyst: ALICE });
    await identity.setProfile({ name: ' Alice Liddell ', initials: 'al', colour: '#1F5F99' });
    const reopened = await openIdentityFile(dir, { id: 'other', name: 'Other' }, () => {});
    expect(reopened.get()).toEqual({
      analyst: { id: 'alice', name: 'Alice Liddell' },
      profile: { initials: 'AL', colour: '#1f5f99', confirmed: true },
    });
  });

  it('refuses an empty name or a bad colour and keeps the old profile', async () => {
    const identity = await openIdentityFile(await makeTempDir(), ALICE, () => {});
    await expect(identity.setProfile({ name: '  ', initials: 'A', colour: '#123456' })).rejects.toThrow(/name/);
    await expect(identity.setProfile({ name: 'A', initials: 'A', colour: 'red' })).rejects.toThrow(/profile cannot be saved/);
    expect(identity.get()).toEqual({ analyst: ALICE });
  });

  it('sets a damaged file aside and says so', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, IDENTITY_FILE), '{"schemaVersion":1,');
    const heard: StoreMessage[] = [];
    const identity = await openIdentityFile(dir, ALICE, (m) => heard.push(m));
    expect(identity.get().analyst).toEqual(ALICE);
    expect(heard[0]?.problem).toMatch(/ends early/);
    expect((await readdir(dir)).some((n) => n.startsWith(`${IDENTITY_FILE}.corrupt-`))).toBe(true);
  });

  it('lives outside the casebook: the shared folder never holds who the analyst is', async () => {
    const storeDir = await makeTempDir();
    const profileDir = await makeTempDir();
    const opened = await openCasebookStore({ storeDir, profileDir, fallback: ALICE });
    await opened.identity.setProfile({ name: 'Alice', initials: 'A', colour: '#123456' });
    await opened.store.close();
    expect(await readdir(profileDir)).toEqual([IDENTITY_FILE]);
    expect(await readFile(join(storeDir, 'settings.json'), 'utf8').catch(() => '')).not.toContain('#123456');
    expect((await readdir(storeDir)).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });
});

describe('new analyst ids', () => {
  it('are the slug of the name and six random base-36 characters', () => {
    expect(newAnalyst("Zoë O'Brien").id).toMatch(/^zoe-obrien-[0-9a-z]{6}$/);
    expect(newAnalyst('  ').id).toMatch(/^analyst-[0-9a-z]{6}$/);
    expect(newAnalyst('Ana', () => 35).id).toBe('ana-zzzzzz');
    const ids = new Set(Array.from({ length: 1000 }, () => newAnalyst('Ana').id));
    expect(ids.size).toBe(1000);
  });
});
