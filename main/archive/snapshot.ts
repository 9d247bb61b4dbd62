import type { Article } from '../../shared/model/article';

/** The version written into every snapshot record. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * An evidence snapshot: a source page as it was when archived. The raw bytes are in the store's
 * `sources/<sha256>`; the record keeps what the import made of them and how they were fetched.
 */
export interface Snapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  /** The address asked for. */
  url: string;
  /** Where the redirects ended. */
  finalUrl: string;
  /** The HTTP status; 0 for an attached copy. */
  status: number;
  contentType: string;
  /** When the bytes were received (ISO 8601). */
  retrievedAt: string;
  sha256: string;
  byteLength: number;
  title: string;
  /** The cleaned text, as the reader shows it. */
  text: string;
  article: Article;
  /** A saved copy the analyst attached (offline) rather than a page the app fetched. */
  how?: 'attached';
}

/**
 * Where a snapshot record lives, relative to the store folder: `archive/<time>-<sha>.json`, the
 * time first so a folder listing reads in order, and every archiving of a page kept.
 */
export function snapshotPath(snapshot: Pick<Snapshot, 'retrievedAt' | 'sha256'>): string {
  const time = snapshot.retrievedAt.replace(/[-:]/gu, '').replace(/\.\d+Z$/u, 'Z');
  return `archive/${time}-${snapshot.sha256.slice(0, 16)}.json`;
}
