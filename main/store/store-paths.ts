import { UserFacingError } from '../../shared/ipc/result';
import { toSafeFileName } from './safe-file-name';

/** The library index, relative to the store folder. */
export const LIBRARY_PATH = 'library.json';
/** The settings, relative to the store folder. */
export const SETTINGS_PATH = 'settings.json';

/** Where an article's document lives, relative to the store folder; any id stays inside `documents/`. */
export function documentPath(articleId: string): string {
  return `documents/${toSafeFileName(articleId)}.json`;
}

/** Where one analyst's annotations on one document live, relative to the store folder. */
export function layerPath(documentId: string, analystId: string): string {
  return `annotations/${toSafeFileName(documentId)}/${toSafeFileName(analystId)}.json`;
}

/** Where imported bytes with this SHA-256 live; throws 'invalid-request' for anything but 64 lowercase hex digits. */
export function sourcePath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new UserFacingError('invalid-request', `"${sha256}" is not a SHA-256 hash.`);
  return `sources/${sha256}`;
}

/** The writer lock of one analyst in a shared casebook, relative to the store folder. */
export function analystLockName(analystId: string): string {
  return `factmark.${toSafeFileName(analystId)}.lock`;
}

/** Where one reviewer's decisions and replies on one document live; a folder apart, so no analyst id can name it as a layer. */
export function reviewPath(documentId: string, reviewerId: string): string {
  return `annotations/${toSafeFileName(documentId)}/reviews/${toSafeFileName(reviewerId)}.json`;
}
