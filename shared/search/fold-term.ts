/** Letters whose base letter a plain NFD decomposition does not reveal. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/**
 * Marks are dropped only after Latin, Greek and Cyrillic letters: there they are accents a
 * reader leaves out when typing ("cafe" finds "café"), while in Devanagari, Thai or Arabic they
 * are vowels and signs that change the word.
 */
const ACCENT_AFTER_ALPHABET = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/**
 * A word as the search index compares it: lower case, accents on Latin, Greek and Cyrillic
 * letters removed, ß/æ/œ/ø/ł and the like spelt out, apostrophe variants made one. Two words
 * that a reader would call the same apart from case and accents fold to the same string.
 */
export function foldTerm(word: string): string {
  // Most words are plain ASCII, where lower case is all there is to fold (apostrophes aside).
  if (/^[\x20-\x26\x28-\x7e]*$/.test(word)) return word.toLowerCase();
  const lower = word.normalize('NFD').replace(ACCENT_AFTER_ALPHABET, '$1').toLowerCase();
  let folded = '';
  for (const char of lower) folded += FOLDED_LETTERS[char] ?? (char === '’' || char === 'ʼ' ? "'" : char);
  return folded.normalize('NFC');
}
