import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from './ipc-edge';
import type { Annotation } from '../../shared/model/annotation';
import type { Settings } from '../../shared/model/settings';
import type { RatingScale } from '../../shared/model/rating-scale';
import { openStore, type Store } from '../store';
import { ALICE, BOB, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { createHandlersOver } from './test-support/handlers-over-store';

const DESK: RatingScale = {
  id: 'desk',
  name: 'Desk scale',
  freeText: false,
  ratings: [
    { label: 'Fabricated', group: 'false', value: 1 },
    { label: 'Misleading', group: 'mixed', value: 2 },
    { label: 'Accurate', group: 'true', value: 3 },
  ],
};

let dir: string;
let store: Store;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = await makeTempDir();
  await open();
});

async function open(): Promise<void> {
  store = await openStore({ dir, defaultAnalyst: ALICE });
  dispatch = createDispatch(createHandlersOver(store, { newId: () => 'doc-1', now: () => new Date('2026-11-27T10:00:00Z') }));
}

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function ratedOn(scale: string, analyst = ALICE, n = 1): Annotation {
  const annotation = makeAnnotation('doc', analyst, n);
  return {
    ...annotation,
    body: {
      tag: 'claim',
      note: '',
      claim: {
        statement: 'The bridge opened in 2019',
        status: 'approved',
        verdict: { scale, label: 'Misleading', justification: '', decided: '2026-11-27T10:00:00.000Z' },
      },
    },
  };
}

async function reopen(): Promise<Store> {
  await store.close();
  await open();
  return store;
}

describe('settings:update', () => {
  it('saves the workspace’s own scales, rates on one of them and keeps both after reopening', async () => {
    const saved = await dispatch('settings:update', { customScales: [DESK], ratingScale: 'desk' });
    expect(saved).toMatchObject({ ok: true, value: { ratingScale: 'desk', customScales: [DESK] } });
    expect((await reopen()).getSettings()).toMatchObject({ ratingScale: 'desk', customScales: [DESK] });
  });

  it('refuses a scale whose labels repeat, naming the label, and saves nothing', async () => {
    const twice = {
      ...DESK,
      ratings: [
        { label: 'Wrong', group: 'false' },
        { label: 'wrong', group: 'false' },
      ],
    };
    const refused = await dispatch('settings:update', { customScales: [twice] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!refused.ok) expect(refused.error.message).toContain('duplicate label wrong');
    expect(store.getSettings().customScales).toBeUndefined();
  });

  it('refuses a scale taking a preset’s id, and rating on a scale the workspace lacks', async () => {
    const refused = await dispatch('settings:update', { customScales: [{ ...DESK, id: 'truth-o-meter' }] });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'Two rating scales have the id "truth-o-meter"; each scale needs its own.' },
    });
    expect(await dispatch('settings:update', { ratingScale: 'desk' })).toMatchObject({
      ok: false,
      error: { message: '"desk" is not one of this workspace\'s rating scales.' },
    });
  });

  it('will not delete the scale claims are rated on without choosing another', async () => {
    await dispatch('settings:update', { customScales: [DESK], ratingScale: 'desk' });
    expect(await dispatch('settings:update', { customScales: [] })).toMatchObject({
      ok: false,
      error: { message: '"desk" is not one of this workspace\'s rating scales.' },
    });
    expect(await dispatch('settings:update', { customScales: [], ratingScale: 'five-point' })).toMatchObject({
      ok: true,
      value: { ratingScale: 'five-point', customScales: [] },
    });
  });

  it('says how many verdicts use a scale before deleting it, and deletes it once the analyst agrees', async () => {
    await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
    await store.applyToLayer('doc', ALICE, { upsert: [ratedOn('desk'), ratedOn('desk', ALICE, 2)], remove: [] });
    await store.applyToLayer('doc', BOB, { upsert: [ratedOn('desk', BOB)], remove: [] });
    await dispatch('settings:update', { customScales: [DESK] });
    expect(await dispatch('settings:scaleUsage', {})).toEqual({ ok: true, value: [{ scale: 'desk', verdicts: 3, articles: 1 }] });
    const refused = await dispatch('settings:update', { customScales: [] });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: 'The rating scale "Desk scale" is used by 3 verdicts on 1 article; confirm to delete it (the verdicts keep their labels).',
      },
    });
    expect(store.getSettings().customScales).toEqual([DESK]);
    expect(await dispatch('settings:update', { customScales: [], removeScalesInUse: true })).toMatchObject({
      ok: true,
      value: { customScales: [] },
    });
    expect((await store.getLayer('doc', ALICE))[0]?.body.claim?.verdict?.scale).toBe('desk');
  });

  it('saves the organisation, checks its addresses and clears it on null', async () => {
    const organisation = {
      name: 'Harbour Check',
      url: 'https://harbourcheck.example',
      reportUrlPattern: 'https://harbourcheck.example/checks/{slug}-{id}',
    };
    expect(await dispatch('settings:update', { organisation })).toMatchObject({ ok: true, value: { organisation } });
    expect((await reopen()).getSettings().organisation).toEqual(organisation);
    expect(await dispatch('settings:update', { organisation: { name: 'X', url: 'javascript:alert(1)' } })).toMatchObject({
      ok: false,
      error: { message: 'The organisation\'s URL "javascript:alert(1)" is not a web address (http:// or https://).' },
    });
    expect(await dispatch('settings:update', { organisation: { name: 'X', reportUrlPattern: 'https://x.example/checks' } })).toMatchObject({
      ok: false,
      error: {
        message: 'The report URL pattern "https://x.example/checks" needs {id} or {slug}, or every claim would get the same address.',
      },
    });
    expect(await dispatch('settings:update', { organisation: { name: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(store.getSettings().organisation).toEqual(organisation);
    const cleared = await dispatch('settings:update', { organisation: null });
    expect(cleared.ok && (cleared.value as Settings).organisation).toBeUndefined();
    expect((await reopen()).getSettings().organisation).toBeUndefined();
  });

  it('answers with this machine’s analyst', async () => {
    const answer = await dispatch('settings:update', {});
    expect(answer.ok && (answer.value as Settings).analyst).toEqual(store.getSettings().analyst);
  });
});
