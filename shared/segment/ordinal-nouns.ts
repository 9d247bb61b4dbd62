// Nouns that follow a German ordinal written as a number and a stop ("am 3. Oktober", "im 19.
// Jahrhundert", "zum 2. Mal"), where the stop does not end the sentence.
const ORDINAL_NOUNS = new Set([
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'jahrhundert',
  'jh',
  'jahrtausend',
  'mal',
  'platz',
  'rang',
  'stock',
  'etage',
  'klasse',
  'runde',
  'spieltag',
  'weltkrieg',
  'geburtstag',
  'jahrestag',
  'todestag',
  'liga',
  'bundesliga',
  'lauf',
  'etappe',
  'sitzung',
  'wahlgang',
  'durchgang',
  'auflage',
  'kapitel',
  'staffel',
  'folge',
]);

/** True when `word` (letters only) names what a German ordinal counts ("Oktober", "Jahrhundert"); case-insensitive. */
export function isOrdinalNoun(word: string): boolean {
  return ORDINAL_NOUNS.has(word.toLowerCase());
}
