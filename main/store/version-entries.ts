import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import type { ArticleVersion, VersionsRecord } from '../../shared/versions/version-record';

/** The list entry for `article` as version `number`. */
export function describeVersion(article: Article, number: number): ArticleVersion {
  const { metadata, source } = article;
  return {
    number,
    title: metadata.title,
    ...(metadata.url === undefined ? {} : { url: metadata.url }),
    fileName: source.fileName,
    mediaType: source.mediaType,
    sha256: source.sha256,
    byteLength: source.byteLength,
    importedAt: source.importedAt,
    characters: toPlainText(article.blocks).length,
  };
}

/**
 * A record written just before a crash kept the document from being replaced lists a version
 * no reader ever saw: it is dropped, with its review entries, until the record's last version is
 * the stored document's.
 */
export function reconcile(stored: VersionsRecord, current: Article): VersionsRecord {
  const isCurrent = (v: ArticleVersion) => v.sha256 === current.source.sha256 && v.importedAt === current.source.importedAt;
  const last = stored.versions.findLastIndex(isCurrent);
  if (last === -1 || last === stored.versions.length - 1) return stored;
  const versions = stored.versions.slice(0, last + 1);
  return { ...stored, versions, review: stored.review.filter((e) => e.version <= versions.length) };
}
