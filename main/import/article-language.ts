import type { Article } from '../../shared/model/article';

/**
 * The article with the language its text shows (see detectLanguage) when it has none yet: none
 * declared by the file and none chosen before. Unchanged when it has one, or when the text is too
 * short to tell. The detector (franc and its 187 language profiles, ~75 ms to load) is loaded on
 * the first call rather than when the main process starts.
 */
export async function withDetectedLanguage(article: Article): Promise<Article> {
  if (article.lang !== undefined) return article;
  const { detectLanguage } = await import('../../shared/language/detect-language');
  const lang = detectLanguage(article.blocks.map((block) => block.text).join('\n'));
  return lang === undefined ? article : { ...article, lang };
}
