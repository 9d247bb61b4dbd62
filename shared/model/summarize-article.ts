import { toPlainText } from '../text/plain-text';
import type { Article, ArticleSummary } from './article';

/** The library's entry for an article: what the list shows without loading the blocks. */
export function summarizeArticle(article: Article): ArticleSummary {
  const { metadata, source } = article;
  return {
    id: article.id,
    title: metadata.title,
    ...(metadata.byline === undefined ? {} : { byline: metadata.byline }),
    ...(metadata.published === undefined ? {} : { published: metadata.published }),
    fileName: source.fileName,
    importedAt: source.importedAt,
    characters: toPlainText(article.blocks).length,
    ...(metadata.url === undefined ? {} : { url: metadata.url }),
  };
}
