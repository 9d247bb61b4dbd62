/** English words whose final "s" is not a plural ending. */
const NOT_PLURAL = new Set([
  'this',
  'his',
  'has',
  'was',
  'is',
  'its',
  'us',
  'gas',
  'bus',
  'news',
  'series',
  'species',
  'less',
  'yes',
  'always',
  'whereas',
  'texas',
  'paris',
  'kansas',
  'arkansas',
  'lens',
  'plus',
  'thus',
  'crisis',
  'analysis',
  'basis',
  'physics',
  'economics',
  'politics',
]);

/**
 * The form a word is indexed and compared under: lower case (locale-independent), accents and
 * other combining marks removed, compatibility forms folded (full-width digits, ligatures), and a
 * Latin-script plural reduced to its singular ("cities" → "city", "taxes" → "tax", "jobs" → "job").
 * Only plurals are stripped: the claims differ by tense and aspect too often for a stemmer's guesses.
 */
export function foldWord(word: string): string {
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replaceAll('’', "'");
  return singular(folded.replace(ELISION, ''));
}

/** French and Italian elided articles ("l'impot", "dell'anno"): the word after the apostrophe is the one compared. */
const ELISION = /^(?:[ldjmnstc]|qu|dell|nell|all|dall|sull)'(?=\p{L})/u;

function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z']+$/u.test(word) || NOT_PLURAL.has(word)) return word;
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|zz)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
