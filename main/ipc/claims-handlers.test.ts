import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from './ipc-edge';
import type { ArticleSuggestions } from '../../shared/suggest/suggestion-schema';
import { toPlainText } from '../../shared/text/plain-text';
import { openStore, type Store } from '../store';
import { createHandlersOver } from './test-support/handlers-over-store';

const article = `Convoy tanks were empty, Kremlin says

Kremlin spokesman Dmitry Peskov said the tanks were empty when the convoy arrived.

The port authority denied the claim.

Records show 40 tonnes of fuel were unloaded on March 3.
`;

let dir: string;
let store: Store;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-claims-handlers-'));
  store = await openStore({ dir, defaultAnalyst: { id: 'ana', name: 'Ana' } });
  dispatch = createDispatch(createHandlersOver(store, { newId: () => 'doc-1', now: () => new Date('2026-11-27T10:00:00Z') }));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('document:suggest', () => {
  it('ranks the stored article’s sentences and names each sentence’s claimant, offsets into its plain text', async () => {
    const imported = await dispatch('document:importText', { text: article });
    expect(imported.ok).toBe(true);
    const result = await dispatch('document:suggest', { documentId: 'doc-1' });
    if (!result.ok) throw new Error(result.error.message);
    const { suggestions, claimants } = result.value as ArticleSuggestions;
    const text = toPlainText((await store.getArticle('doc-1')).blocks);
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(suggestions.find((s) => s.text.startsWith('The port authority denied'))?.tag).toBe('denial');
    expect(suggestions.find((s) => s.text.startsWith('Records show'))?.tag).toBe('evidence');
    const peskov = claimants.find((c) => text.slice(c.start, c.end).startsWith('Kremlin spokesman'));
    expect(peskov?.claimant).toMatchObject({ name: 'Dmitry Peskov', kind: 'person', role: 'Kremlin spokesman' });
  });

  it('names a missing article', async () => {
    expect(await dispatch('document:suggest', { documentId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('settings:update', () => {
  it('saves the workspace’s rating scale and refuses one the workspace lacks', async () => {
    expect(await dispatch('settings:update', { ratingScale: 'platform-labels' })).toMatchObject({
      ok: true,
      value: { ratingScale: 'platform-labels' },
    });
    expect(store.getSettings().ratingScale).toBe('platform-labels');
    const refused = await dispatch('settings:update', { ratingScale: 'four-pinocchios' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: '"four-pinocchios" is not one of this workspace\'s rating scales.' },
    });
    expect(store.getSettings().ratingScale).toBe('platform-labels');
  });
});
