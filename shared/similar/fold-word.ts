/** English words whose final "s" is not a plural ending. */
const NOT_PLURAL = new Set(
  'this his has was is its us gas bus news series species less yes always whereas texas paris kansas arkansas lens plus thus crisis analysis basis physics economics politics'.split(
    ' ',
  ),
);

/** French and Italian elided articles ("l'impot", "dell'anno"): the word after the apostrophe is the one compared. */
const ELISION = /^(?:[ldjmnstc]|qu|dell|nell|all|dall|sull)'(?=\p{L})/u;

/**
 * Words claims use for one thing, each group folded to its first word, so a rewording that picks
 * the other word still shares it ("teachers earn less" / "teachers are paid below").
 */
const SYNONYMS: readonly string[] = [
  'pay earn paid salary wage',
  'less below under lower fewer',
  'more above over higher greater',
  'leave left emigrate quit',
  'kill die died death dead',
  'cut slash reduce',
  'child kid children',
  'people person population',
  'country nation',
  'spend spent cost',
  'rise rose risen up raise increase grow grew grown',
  'fall fell fallen down decline drop decrease',
  'shrink shrank shrunk',
  'big large',
  'build built construct',
  'cause give',
  'vehicle car',
  'ban banned remove',
  'extinct gone',
  'emission emit',
  'last past previous',
  'money fund cash',
  'average typical',
  'most majority',
  'win won',
  'lose lost',
  'bring brought',
  'buy bought',
  'send sent',
  'sell sold',
  'find found',
  'hold held',
  'keep kept',
  'come came',
  'promise pledge vow',
  'oppose against',
  'book title',
];

/**
 * The form a word is indexed and compared under: lower case (locale-independent), accents
 * removed (`foldCase`), compatibility forms folded (full-width digits, ligatures),
 * elided articles dropped, and a light stem (in Latin script plural, -ing, -ed; in Devanagari
 * the endings of number and verb form; in Arabic the article) mapped through a short table of synonyms claims use for one another ("earn" and "paid" → `pay`).
 */
export function foldWord(word: string): string {
  const stem = stemOf(foldCase(word));
  return SYNONYM_OF.get(stem) ?? stem;
}

/**
 * A word in lower case without accents or an elided article: the form stop words and markers are
 * listed in. Only marks that are accents are dropped: those on Latin, Greek and Cyrillic letters,
 * Arabic and Hebrew vowel points, the Devanagari nukta; the vowel signs of Devanagari, Thai and
 * other scripts are letters ("दिल्ली" stays "दिल्ली", never "दलल").
 */
export function foldCase(word: string): string {
  return word
    .normalize('NFKD')
    .replace(ACCENTS, '$1')
    .replace(POINTS, '')
    .replace(ALEF, 'ا')
    .replaceAll('ى', 'ي')
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('’', "'")
    .replace(ELISION, '');
}

const ACCENTS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
/** Arabic harakat and tatweel, Hebrew points, the Devanagari nukta: optional, written or left out at will. */
const POINTS = /[\u064B-\u065F\u0670\u0640\u0591-\u05C7\u093C]/gu;
/** Alef with hamza or madda: usually written as a bare alef. */
const ALEF = /[\u0622\u0623\u0625]/gu;

const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  SYNONYMS.flatMap((group) => {
    const [head, ...rest] = group.split(' ').map(stemOf);
    return [head!, ...rest].map((word): [string, string] => [word, head!]);
  }),
);

/** Hindi endings of number, case and verb form ("बढ़ी", "बढ़कर", "नौकरियाँ"), longest first. */
const HINDI_ENDINGS = /(?:ियाँ|ियों|कर|ों|ें|ीं|ी|ा|े)$/u;

/** The Arabic article and the particles written onto it ("البطالة", "والبطالة", "بالبطالة"). */
const ARABIC_ARTICLE = /^(?:وال|بال|فال|كال|لل|ال)(?=\p{Script=Arabic}{2})/u;

function stemOf(word: string): string {
  if (/^\p{Script=Arabic}+$/u.test(word)) return word.replace(ARABIC_ARTICLE, '');
  if (/^\p{Script=Devanagari}+$/u.test(word)) {
    const bare = word.replace(HINDI_ENDINGS, '');
    return [...bare].length >= 2 ? bare : word;
  }
  if (word.length <= 3 || !/^[a-z']+$/u.test(word) || NOT_PLURAL.has(word)) return word;
  const single = singular(word);
  const suffixless = single.replace(/(?:ing|ed)$/u, '');
  const bare = suffixless.length < 3 ? single : suffixless;
  const undoubled = /([bdfgklmnprt])\1$/u.test(bare) ? bare.slice(0, -1) : bare;
  return undoubled.length > 3 ? undoubled.replace(/e$/u, '') : undoubled;
}

function singular(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|zz)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
