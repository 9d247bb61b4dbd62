import { createHash } from 'node:crypto';

/** Longest name returned; well under the 255-byte limit of common file systems, leaving room for suffixes. */
const MAX_NAME_LENGTH = 150;

// Names Windows reserves for devices, with any extension and in any case ("con.json", "LPT1.txt").
const RESERVED_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

/**
 * Turns an id into a file name that is safe on every operating system. It stays inside its
 * folder: characters outside [a-z0-9._-] become `%XX` per UTF-8 byte, and a leading dot is
 * encoded too, so `.`, `..` and hidden names cannot occur. Upper-case letters are encoded as well
 * (`Ana` → `%41na`), so ids differing only in case never collide on a case-insensitive file system
 * (macOS, Windows): no name has an upper-case letter outside a `%XX`. A name Windows reserves for a
 * device (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with any extension) has its first letter encoded
 * (`con` → `%63on`). Distinct ids give distinct names. Names that would be too long keep a
 * readable prefix plus `~` and a hash; `~` never appears in an encoded name, so they cannot
 * collide with one. Stores written before upper case and device names were encoded are brought
 * up to date by `renameLegacyFileNames`.
 */
export function toSafeFileName(id: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(id)) {
    const char = String.fromCharCode(byte);
    const plain = /[a-z0-9_-]/.test(char) || (char === '.' && encoded !== '');
    encoded += plain ? char : percent(byte);
  }
  if (encoded === '') return '%';
  if (RESERVED_DEVICE.test(encoded)) encoded = percent(encoded.charCodeAt(0)) + encoded.slice(1);
  if (encoded.length <= MAX_NAME_LENGTH) return encoded;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 32);
  return `${encoded.slice(0, MAX_NAME_LENGTH - 33)}~${hash}`;
}

/**
 * The id a name from `toSafeFileName` (or from Factmark before it encoded upper case and device
 * names) stands for; undefined for a shortened (`~`) or malformed name, which only its content can tell.
 */
export function idFromSafeFileName(name: string): string | undefined {
  if (name.includes('~')) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}

function percent(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
