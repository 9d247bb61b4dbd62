import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from './ipc-edge';
import { openStore, type Store } from '../store';
import { createHandlersOver } from './test-support/handlers-over-store';

let dir: string;
let store: Store;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-suggest-language-'));
  store = await openStore({ dir, defaultAnalyst: { id: 'ana', name: 'Ana' } });
  dispatch = createDispatch(createHandlersOver(store, { newId: () => 'doc-1', now: () => new Date('2026-12-07T08:00:00Z') }));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('document:suggest on an article the suggester cannot read', () => {
  it('suggests nothing and names the article’s language instead of ranking it with English cues', async () => {
    const text = [
      'قال وزير الصحة يوم الأحد إن الحكومة ستفتتح ثلاثة مستشفيات جديدة قبل نهاية عام ٢٠٢٥.',
      'وقالت وكالة Reuters إن الميزانية المخصصة للمستشفيات ارتفعت بنسبة 15% مقارنة بالعام الماضي.',
      'ولم يرد المتحدث باسم الوزارة على طلب للتعليق.',
    ].join('\n\n');
    expect((await dispatch('document:importText', { text })).ok).toBe(true);
    expect((await store.getArticle('doc-1')).lang).toBe('ar');
    expect(await dispatch('document:suggest', { documentId: 'doc-1' })).toEqual({
      ok: true,
      value: { suggestions: [], claimants: [], unsupportedLanguage: 'ar' },
    });
  });
});
