import { createHash } from 'node:crypto';

/** Longest name returned; well under the 255-byte limit of common file systems, leaving room for suffixes. */
const MAX_NAME_LENGTH = 150;

/**
 * Turns an id into a file name that stays inside its folder: characters outside [A-Za-z0-9._-]
 * become `%XX` per UTF-8 byte, and a leading dot is encoded too, so `.`, `..` and hidden names
 * cannot occur. Distinct ids give distinct names. Names that would be too long keep a readable
 * prefix plus `~` and a hash; `~` never appears in an encoded name, so they cannot collide with one.
 */
export function toSafeFileName(id: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(id)) {
    const char = String.fromCharCode(byte);
    const plain = /[A-Za-z0-9_-]/.test(char) || (char === '.' && encoded !== '');
    encoded += plain ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (encoded === '') return '%';
  if (encoded.length <= MAX_NAME_LENGTH) return encoded;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 32);
  return `${encoded.slice(0, MAX_NAME_LENGTH - 33)}~${hash}`;
}
