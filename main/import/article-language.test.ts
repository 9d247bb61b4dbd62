import { describe, expect, it } from 'vitest';
import { withArticleLanguage } from './article-language';
import { importFile, importPlainText, recleanArticle } from './import-article';

const SPANISH = 'El ayuntamiento aprobó el martes el presupuesto del próximo año tras un largo debate sobre las carreteras.\n';
const source = (text: string) => ({ fileName: 'story.txt', bytes: Buffer.from(text, 'utf8') });
const NOW = new Date('2026-01-01T00:00:00Z');

describe('withArticleLanguage', () => {
  it('adds the language the text shows to an article that has none', async () => {
    const article = importPlainText(source(SPANISH), 'a', NOW);
    expect(article.lang).toBeUndefined();
    expect((await withArticleLanguage(article)).lang).toBe('es');
  });

  it('keeps a language the article already has', async () => {
    const article = { ...importPlainText(source(SPANISH), 'a', NOW), lang: 'pt-BR' };
    expect((await withArticleLanguage(article)).lang).toBe('pt-BR');
  });

  it('takes the declared language when the text could be in it, and the text’s otherwise', async () => {
    const article = importPlainText(source(SPANISH), 'a', NOW);
    expect((await withArticleLanguage(article, 'es_AR')).lang).toBe('es-AR');
    expect((await withArticleLanguage(article, 'en-US')).lang).toBe('es');
  });

  it('leaves the language out when the text is too short to tell', async () => {
    expect((await withArticleLanguage(importPlainText(source('Budget OK\n'), 'a', NOW))).lang).toBeUndefined();
  });
});

describe('an article’s language through import and re-reading', () => {
  it('is detected on import and kept when the analyst restores a line', async () => {
    const imported = await importFile(source(`Advertisement\n\n${SPANISH}`), 'a', NOW);
    expect(imported.lang).toBe('es');
    const chosen = { ...imported, lang: 'gl' };
    const reread = await recleanArticle(chosen, source(`Advertisement\n\n${SPANISH}`).bytes, [0]);
    expect(reread.lang).toBe('gl');
  });
});
