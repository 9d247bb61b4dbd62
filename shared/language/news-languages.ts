/**
 * The languages franc may answer with (ISO 639-3, as franc names them): those newsrooms and
 * fact-checkers publish in — every European Union language, the languages of the larger
 * fact-checking networks in Latin America, Africa, the Middle East and Asia, and each language
 * franc recognises by its script alone. Leaving out languages nobody imports an article in keeps
 * franc from naming a rare neighbour for a short paragraph: Dutch read as Afrikaans or Low Saxon,
 * Spanish as Galician-Portuguese hybrids, English as Scots.
 */
export const NEWS_LANGUAGES: readonly string[] = [
  // Latin script
  ...'eng spa por fra deu ita nld pol ces slk slv hrv bos srp ron hun swe dan nob fin lit lvs ekk als cat glg'.split(' '),
  ...'tur azj ind zlm vie tgl swh hau yor ibo som'.split(' '),
  // Cyrillic
  ...'rus ukr bel bul mkd kaz'.split(' '),
  // Arabic, Hebrew and Indian scripts
  ...'arb pes urd heb hin mar npi'.split(' '),
  // Recognised by their script alone
  ...'cmn jpn kor tha ell kat hye ben tam tel kan mal guj pan sin khm amh'.split(' '),
];
