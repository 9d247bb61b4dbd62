// Function words and sentence adverbs that open news sentences but rarely follow "U.S.",
// "Inc." or an initial inside a name ("U.S. Army", "Acme Inc. Chief Executive"). Languages share
// the list: a segment's offsets must not depend on the language an article is tagged with.
const COMMON_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'his', 'she', 'her',
  'they', 'their', 'them', 'we', 'our', 'i', 'you', 'your', 'my', 'there', 'here', 'but', 'and',
  'or', 'so', 'yet', 'nor', 'if', 'when', 'while', 'where', 'why', 'how', 'what', 'which', 'who',
  'whose', 'after', 'before', 'since', 'until', 'although', 'though', 'because', 'as', 'at', 'in',
  'on', 'of', 'for', 'from', 'by', 'with', 'without', 'to', 'into', 'during', 'under', 'over',
  'despite', 'instead', 'also', 'still', 'however', 'meanwhile', 'moreover', 'then', 'now',
  'today', 'yesterday', 'last', 'next', 'some', 'many', 'most', 'much', 'more', 'few', 'several',
  'all', 'both', 'each', 'every', 'any', 'no', 'not', 'none', 'such', 'other', 'another', 'one',
  'only', 'even', 'just', 'yes', 'according', 'asked', 'among', 'about', 'once', 'later',
  'earlier',
  // Spanish, Portuguese, French, German, Italian, Dutch, Russian and Ukrainian function words
  // that open sentences and rarely follow "EE. UU.", "S.A." or an initial inside a name.
  'el', 'la', 'los', 'las', 'pero', 'sin', 'según', 'este', 'esta', 'ese', 'esa', 'en', 'también',
  'os', 'as', 'mas', 'segundo', 'ele', 'ela', 'eles', 'isso', 'não', 'em',
  'le', 'les', 'il', 'elle', 'ils', 'elles', 'mais', 'selon', 'ce', 'cette', 'dans', 'nous',
  'der', 'die', 'das', 'er', 'sie', 'es', 'wir', 'aber', 'doch', 'laut', 'nach', 'auch',
  'gli', 'lui', 'lei', 'secondo', 'questo', 'questa',
  'de', 'het', 'een', 'hij', 'zij', 'maar', 'volgens',
  'он', 'она', 'они', 'это', 'но', 'по', 'однако', 'в', 'на', 'при',
  'він', 'вона', 'вони', 'це', 'але', 'за',
]);

// Nouns that follow a German ordinal written as a number and a stop ("am 3. Oktober", "im 19.
// Jahrhundert", "zum 2. Mal"), where the stop does not end the sentence.
const ORDINAL_NOUNS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember',
  'jahrhundert', 'jahrtausend', 'mal', 'platz', 'rang', 'stock', 'etage', 'klasse', 'runde',
  'spieltag', 'weltkrieg', 'geburtstag', 'jahrestag', 'todestag', 'liga', 'bundesliga', 'lauf',
  'etappe', 'sitzung', 'wahlgang', 'durchgang', 'auflage', 'kapitel', 'staffel', 'folge',
]);

// Words that qualify a clock time ("5 p.m. Friday", "8 p.m. ET"), so "p.m." does not end there.
const TIME_QUALIFIERS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc',
  'bst', 'cet', 'cest', 'eastern', 'central', 'mountain', 'pacific', 'local',
]);

/** True when `word` (letters only, capitalised) commonly opens a sentence; case-insensitive. */
export function isCommonSentenceStarter(word: string): boolean {
  return COMMON_STARTERS.has(word.toLowerCase());
}

/** True when `word` (letters only) names a day, month or time zone; case-insensitive. */
export function isTimeQualifier(word: string): boolean {
  return TIME_QUALIFIERS.has(word.toLowerCase());
}

/** True when `word` (letters only) names what a German ordinal counts ("Oktober", "Jahrhundert"); case-insensitive. */
export function isOrdinalNoun(word: string): boolean {
  return ORDINAL_NOUNS.has(word.toLowerCase());
}
