import { CLDR_SUPPRESSIONS } from './cldr-suppressions';

// English is served by the hand lists in abbreviations.ts, tuned on the English cases; CLDR's
// English list holds words that often end a sentence ("Act.", "Job.", "Link.", "Up.").
const HAND_LISTED_LANGUAGES = new Set(['en']);

// Our rules are one set for every language, so a CLDR entry that is an ordinary word in any
// language (German "Test", Spanish "Bien", Portuguese "long" and "port") would keep "the end.
// Police said" together. Entries of one to three Latin letters ("on", "mar", "end", "set",
// "com") are too often such words and are left out whole; these longer ones are named.
const ORDINARY_WORDS = new Set([
  'Bien',
  'Test',
  'Temp',
  'Trans',
  'Port',
  'port',
  'Mart',
  'Comm',
  'Desc',
  'desc',
  'Korn',
  'long',
  'dest',
  'quart',
  'coll',
  'elem',
  'hist',
  'gram',
  'Mind',
  'Best',
  'Chin',
  'Fabric',
  'arch',
  'comp',
  'cont',
  'fasc',
]);
const SHORT_LATIN_WORD = /^[A-Za-z]{1,3}$/u;

/**
 * The words (without their final full stop) that Unicode CLDR's sentence-break suppressions
 * list as abbreviations in languages other than English, less entries of several words, short
 * Latin entries and entries that are ordinary words: "Excmo", "Ilmo", "janv", "févr", "Dipl.-Ing",
 * "Hrsg", "dott", "нояб". A sentence may still end on one of them (a month at the end of a
 * date), so they are read like "Inc." — see `classifyAbbreviation`.
 */
export function cldrAbbreviations(): Set<string> {
  const words = new Set<string>();
  for (const [language, suppressions] of Object.entries(CLDR_SUPPRESSIONS)) {
    if (HAND_LISTED_LANGUAGES.has(language)) continue;
    for (const suppression of suppressions) {
      const word = suppression.slice(0, -1);
      if (word.includes(' ') || SHORT_LATIN_WORD.test(word) || ORDINARY_WORDS.has(word)) continue;
      words.add(word);
    }
  }
  return words;
}
