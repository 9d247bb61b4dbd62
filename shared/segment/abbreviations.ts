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

// Titles and connectives: a sentence never ends on them in news copy.
const BINDING = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Mmes',
  'Dr',
  'Prof',
  'Gen',
  'Sen',
  'Rep',
  'Reps',
  'Gov',
  'Lt',
  'Col',
  'Capt',
  'Cmdr',
  'Sgt',
  'Cpl',
  'Pvt',
  'Maj',
  'Adm',
  'Brig',
  'Rev',
  'Msgr',
  'Fr',
  'Pres',
  'Supt',
  'Det',
  'Insp',
  'Hon',
  'Atty',
  'Amb',
  'Sens',
  'vs',
  'v',
  'cf',
  'viz',
  'approx',
  'ca',
  'e.g',
  'i.e',
  'E.g',
  'I.e',
  // Spanish and Portuguese: Sra. García, Dra. Ruiz, Lic. Pérez, EE. UU., p. ej., Exmo. Sr.
  'Sra',
  'Srta',
  'Sres',
  'Dra',
  'Dña',
  'Lic',
  'Ing',
  'Arq',
  'Ud',
  'Uds',
  'EE',
  'ej',
  'Exmo',
  'Exma',
  'Exa',
  'Profa',
  'Sto',
  'Sta',
  // French: Mme., Mlle., Mgr.
  'Mme',
  'Mlle',
  'Mgr',
  'MM',
  // French and Portuguese av. (avant, avenida): 52 av. J.-C., na av. Paulista.
  'av',
  // Italian Mons., Portuguese Eng. and aprox., Dutch mr., Ir. and resp.
  'Mons',
  'Eng',
  'aprox',
  'mr',
  'Ir',
  'resp',
  // German: z. B., d. h., vgl., bzw., ggf., sog., Nr. 5, Abs. 2, Hr., Dipl.
  'vgl',
  'Vgl',
  'bzw',
  'ggf',
  'evtl',
  'sog',
  'Nr',
  'Abs',
  'Hr',
  'Hrn',
  'Dipl',
  // Italian and Dutch: Sig., Dott., Avv., On., dhr., mevr., bijv.
  'Sig',
  'Sigg',
  'Dott',
  'Avv',
  'dhr',
  'Dhr',
  'mevr',
  'Mevr',
  'bijv',
  'Drs',
  'drs',
  // Polish, Czech and Turkish titles and street names: prof. Nowak, dr hab., ul. Długa, tzw., np., Doç.
  'prof',
  'dr',
  'hab',
  'inż',
  'ks',
  'płk',
  'gen',
  'mgr',
  'ul',
  'tzw',
  'np',
  'tj',
  'godz',
  'Doç',
  // Turkish academic titles: Dr. Öğr. Üyesi, Öğr. Gör., Yrd. Doç.
  'Öğr',
  'Gör',
  'Yrd',
  // German doctorates: Dr. med., Dr. phil., Dr. rer. nat., Dr. jur.
  'med',
  'phil',
  'rer',
  'nat',
  'jur',
  'Av',
  'Sn',
  'bkz',
  // Russian and Ukrainian: проф. Иванов, акад., ул. Ленина, им. Пушкина, т. е., вул., ім.
  'проф',
  'акад',
  'доц',
  'Проф',
  'Акад',
  'Доц',
  'ген',
  'ул',
  'им',
  'пр',
  'св',
  'вул',
  'ім',
  'пров',
  'див',
  'напр',
  // Arabic: د. (doctor), أ. (professor); Hindi: डॉ. (doctor), प्रो. (professor).
  'د',
  'أ',
  'डॉ',
  'प्रो',
  // Hindi रु. 500 (rupees), पं. (Pandit); Bengali মো. (Mohammad), ডা. (physician).
  'रु',
  'पं',
  'মো',
  'ডা',
]);

// Abbreviations that also end sentences; which one it is depends on the next word.
const AMBIGUOUS = new Set([
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'Cos',
  'Bros',
  'Jr',
  'Sr',
  'Plc',
  'Dept',
  'Univ',
  'Assn',
  'Govt',
  'St',
  'Ave',
  'Blvd',
  'Rd',
  'Mt',
  'Ft',
  'Hwy',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Tenn',
  'Vt',
  'Va',
  'Wash',
  'Wis',
  'Wyo',
  'No',
  'Nos',
  'no',
  'Vol',
  'vol',
  'Fig',
  'fig',
  'Art',
  'Sec',
  'Ch',
  'p',
  'pp',
  'ed',
  'eds',
  'etc',
  'al',
  'est',
  'Esq',
  // Other languages' abbreviations that may also end a sentence: "usw.", "ecc.", "enz.", "S.A",
  // "Avda.", "млн." after a sum, "г." after a year.
  // "Me" (maître), "ex" (p. ex.), "On." (onorevole), "im." (imienia) are English words too.
  'usw',
  // Italian pag. 12, Dutch nr. 5 and blz. 12, Portuguese Cia. (companhia)
  'pag',
  'nr',
  'blz',
  'Cia',
  'ecc',
  'enz',
  'vb',
  'Me',
  'ex',
  'On',
  'im',
  'Avda',
  'pág',
  'págs',
  'núm',
  'Mio',
  'Mrd',
  'Str',
  'Jh',
  'Chr',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'трлн',
  'м',
  'тис',
  'грн',
]);

const TIME = new Set(['a.m', 'p.m', 'A.M', 'P.M']);

// "Year" and "years" after a year: Russian г. and гг., Ukrainian р., Polish r.
const YEAR = new Set(['г', 'гг', 'р', 'r']);

// Abbreviations Unicode CLDR lists for languages other than English and the lists above lack.
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
  if (BINDING.has(word)) return 'binding';
  if (TIME.has(word)) return 'time';
  if (BEFORE_FIGURE.has(word)) return 'before-figure';
  if (YEAR.has(word)) return 'year';
  if (AMBIGUOUS.has(word) || INITIAL.test(word) || DOTTED.test(word)) return 'ambiguous';
  if (CLDR.has(word) || (word.endsWith('str') && STREET.test(word))) return 'ambiguous';
  return 'word';
}
