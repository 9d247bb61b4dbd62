import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../shared/anchoring';
import { createDispatch, type Dispatch } from './ipc-edge';
import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { openStore, type Store } from '../store';
import { makeAnnotation } from '../store/test-support/fixtures';
import { createHandlersOver } from './test-support/handlers-over-store';

const analyst = { id: 'ana', name: 'Ana Analyst' };
// Arabic text a detector could take for Persian or Urdu: the analyst corrects it.
const PAGE = `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>الميزانية</title></head><body><article>
<h1>مجلس المدينة يقر ميزانية العام المقبل</h1>
<p>أقر مجلس المدينة يوم الثلاثاء ميزانية العام المقبل بأغلبية واحد وعشرين صوتا مقابل أربعة أصوات.</p>
<p>وقال رئيس البلدية إن ميزانية صيانة الطرق سترتفع بنسبة ثلاثين في المائة.</p>
</article></body></html>`;

let dir: string;
let store: Store;
let dispatch: Dispatch;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-language-handlers-'));
  store = await openStore({ dir, defaultAnalyst: analyst });
  dispatch = createDispatch(createHandlersOver(store, { newId: () => 'budget', now: () => new Date('2026-12-07T08:00:00Z') }));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const result = await dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Record<string, unknown>;
}

/** The analyst's claim on `quote` in `article`. */
function claimOn(article: Article, quote: string): Annotation {
  const text = toPlainText(article.blocks);
  const start = text.indexOf(quote);
  return {
    ...makeAnnotation(article.id, analyst, 1),
    target: { source: article.id, selector: describeSpan(text, start, start + quote.length) },
  };
}

describe('document:setLanguage', () => {
  it('stores the new language as the next version, keeps the earlier one, and leaves the analyst’s claim on its sentence', async () => {
    await call('document:import', { fileName: 'budget.html', dataBase64: Buffer.from(PAGE).toString('base64') });
    const before = await store.getArticle('budget');
    const quote = 'وقال رئيس البلدية إن ميزانية صيانة الطرق سترتفع بنسبة ثلاثين في المائة.';
    const claim = claimOn(before, quote);
    await call('annotations:apply', { documentId: 'budget', upsert: [claim], remove: [] });

    const changed = await call('document:setLanguage', { documentId: 'budget', lang: 'ar' });
    expect(changed).toMatchObject({ version: { number: 2 }, review: 0 });

    const opened = (await call('document:open', { documentId: 'budget' })) as { article: Article; annotations: Annotation[] };
    expect(opened.article.lang).toBe('ar');
    expect(opened.article.blocks).toEqual(before.blocks);
    expect(opened.annotations.map((a) => a.target.selector.quote.exact)).toEqual([quote]);
    expect((await store.versions.readVersion('budget', 1)).lang).toBe(before.lang);
  });

  it('refuses the language the article already has, and a value that is not a language tag, storing nothing', async () => {
    await call('document:import', { fileName: 'budget.html', dataBase64: Buffer.from(PAGE).toString('base64') });
    const lang = (await store.getArticle('budget')).lang!;
    const same = await dispatch('document:setLanguage', { documentId: 'budget', lang });
    expect(same).toMatchObject({ ok: false, error: { message: `The article is already marked as ${lang}.` } });
    expect((await dispatch('document:setLanguage', { documentId: 'budget', lang: 'Arabic!' })).ok).toBe(false);
    expect((await store.versions.record('budget')).versions).toHaveLength(1);
  });
});
