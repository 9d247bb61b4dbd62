import { AMBIGUOUS_ABBREVIATIONS } from './ambiguous-abbreviations';
import { BINDING_ABBREVIATIONS } from './binding-abbreviations';
import { cldrAbbreviations } from './cldr-abbreviations';

/**
 * How a word written with a final full stop relates to a sentence end:
 * - `binding`: the stop belongs to an abbreviation that leans on the next word (titles such as
 *   "Dr.", connectives such as "e.g." and "vs."), so it never ends a sentence before more text;
 * - `time`: "a.m." or "p.m.", which ends a sentence unless the next word qualifies the time;
 * - `ambiguous`: an abbreviation that may also be the last word of a sentence ("U.S.", "Inc.",
 *   "Calif.", an initial "J.");
 * - `before-figure`: an abbreviation only before a figure (Polish "ok. 300", about 300), and
 *   otherwise a word that ends sentences (English "it was ok.");
 * - `year`: "year" after a year (Russian "в 2008 г.", Polish "w 2020 r."), where a capital opens
 *   the next sentence; elsewhere read as `ambiguous` (Russian "г. Москва", the city of Moscow);
 * - `word`: not an abbreviation, so the stop is a full stop.
 */
export type AbbreviationKind = 'binding' | 'time' | 'ambiguous' | 'before-figure' | 'year' | 'word';

const TIME = new Set(['a.m', 'p.m', 'A.M', 'P.M']);

// "Year" and "years" after a year: Russian г. and гг., Ukrainian р., Polish r.
const YEAR = new Set(['г', 'гг', 'р', 'r']);

// Abbreviations Unicode CLDR lists for languages other than English and the hand lists lack.
const CLDR = cldrAbbreviations();

// German street names: Hauptstr. 5, Bahnhofstr. 12.
const STREET = /^\p{Lu}\p{Ll}+str$/u;

// Abbreviations that lean on a following figure and are words elsewhere: Polish ok. (około).
const BEFORE_FIGURE = new Set(['ok']);

// Letters joined by inner stops: "U.S", "Ph.D", "N.Y", "W.Va", and with vowel signs "बी.जे.पी", "কি.মি".
const DOTTED = /^(?:[\p{L}\p{M}]{1,3}\.)+[\p{L}\p{M}]{1,3}$/u;
// A capital initial (J., M. for Monsieur), or a lone lower-case letter: one never ends a
// sentence on its own but opens many abbreviations (z. B., d. h., т. е., u. a.).
const INITIAL = /^\p{L}$/u;

/**
 * Classifies `word`, the text before a single final full stop, with opening and closing
 * punctuation already removed ("U.S" for "U.S.", "Dr" for "(Dr."). Case matters: "no" and "No"
 * are listed separately where both occur.
 */
export function classifyAbbreviation(word: string): AbbreviationKind {
  const kind = classifyWord(word);
  if (kind !== 'word') return kind;
  const bare = word.replace(ELISION, '');
  return bare === word ? kind : classifyWord(bare);
}

// Italian and French elide an article into a capitalised abbreviation: "l’On.", "dell’Avv.", "l’Ing.".
const ELISION = /^\p{L}{1,5}['’](?=\p{Lu})/u;

function classifyWord(word: string): AbbreviationKind {
  if (BINDING_ABBREVIATIONS.has(word)) return 'binding';
  if (TIME.has(word)) return 'time';
  if (BEFORE_FIGURE.has(word)) return 'before-figure';
  if (YEAR.has(word)) return 'year';
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || INITIAL.test(word) || DOTTED.test(word)) return 'ambiguous';
  if (CLDR.has(word) || (word.endsWith('str') && STREET.test(word))) return 'ambiguous';
  return 'word';
}
