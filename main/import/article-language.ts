import type { Article } from '../../shared/model/article';

/**
 * The article with its language when it has none yet (none chosen before, by an earlier read or
 * by the analyst): `declared` (what the file says, as written) when the text could be in it,
 * else the language the text shows (see chooseArticleLanguage). Unchanged when it has one, or
 * when neither the file nor the text tells. The detector (franc and its 187 language profiles,
 * ~75 ms to load) is loaded on the first call rather than when the main process starts.
 */
export async function withArticleLanguage(article: Article, declared?: string): Promise<Article> {
  if (article.lang !== undefined) return article;
  const { chooseArticleLanguage } = await import('../../shared/language/detect-language');
  const lang = chooseArticleLanguage(declared, article.blocks.map((block) => block.text).join('\n'));
  return lang === undefined ? article : { ...article, lang };
}
