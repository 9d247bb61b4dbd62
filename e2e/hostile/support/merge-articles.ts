import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/model/article';

/**
 * One article made of imported ones, so that a single reader page shows what many payloads
 * left: their blocks in order (links and pages as imported), their image placeholders moved
 * onto the same blocks, their dropped lines (shown by the cleaning panel) and import notes, and
 * the first one's metadata (byline, date, site, URL) under `title`. Nothing is re-parsed or
 * cleaned: the reader gets exactly what the import stored. `source` is what the store keeps as
 * its bytes (the ids it was made from).
 */
export function mergeArticles(articles: readonly Article[], id: string, title: string): { article: Article; source: Buffer } {
  const source = Buffer.from(articles.map((article) => article.id).join('\n'), 'utf8');
  const blocks: Article['blocks'] = [];
  const images: NonNullable<Article['images']> = [];
  const dropped: Article['cleaning']['dropped'] = [];
  for (const article of articles) {
    for (const image of article.images ?? []) images.push({ ...image, block: image.block + blocks.length });
    blocks.push(...article.blocks);
    for (const line of article.cleaning.dropped) dropped.push({ ...line, line: dropped.length });
  }
  const first = articles[0]!;
  const notes = articles.flatMap((article) => article.importNotes ?? []);
  return {
    article: {
      ...first,
      id,
      metadata: { ...first.metadata, title },
      blocks,
      images,
      cleaning: { dropped, restored: [] },
      ...(notes.length > 0 ? { importNotes: [...new Set(notes)] } : {}),
      source: {
        fileName: `${title}.txt`,
        mediaType: 'text/plain',
        sha256: createHash('sha256').update(source).digest('hex'),
        byteLength: source.length,
        importedAt: first.source.importedAt,
      },
    },
    source,
  };
}
