// Line ends in typeset text break words at hyphens; joining lines back into a paragraph has to
// decide, for each hyphen at a line end, whether it was added by the typesetter ("infor-
// mation") or belongs to the word ("well-known"). The rule, in order:
// 1. a soft hyphen (U+00AD) at the end is always the typesetter's;
// 2. the hyphen stays when the next line starts with a capital or a digit ("Anand-Hollis",
//    "COVID-19"), when the piece before ends with a digit or already holds a hyphen
//    ("12-year-old"), when the hyphenated spelling appears elsewhere in the document, or when
//    either piece is a word that forms compounds ("half-open", "long-term", "decision-making");
// 3. otherwise (or when the closed-up spelling appears elsewhere) it is removed and the word
//    closed up.
// A dash (en or em) at a line end joins without a space; a hyphen after a space is a dash.

const HYPHEN = /[-\u2010\u2011]$/;
const SOFT_HYPHEN = '\u00ad';

const COMPOUND_FIRST = new Set(
  'well self ex all half long short high low full part cross ill vice so one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred first second third'.split(
    ' ',
  ),
);
const COMPOUND_SECOND = new Set(
  'based old known term led run owned free related style like level scale wide made year years minute hour day week month making taking sized funded backed linked friendly proof'.split(
    ' ',
  ),
);

/** Words of the document as they appear inside lines, lower-cased, to judge hyphens at line ends. */
export type Vocabulary = ReadonlySet<string>;

/**
 * Adds to `words` the words that appear whole in one line (not broken by a line end), lower-cased;
 * called for every line of a document, it collects the document's vocabulary.
 */
export function addLineWords(words: Set<string>, lineText: string): void {
  const tokens = lineText.split(' ');
  // The first token may be the tail of a broken word and the last its head.
  for (const token of tokens.slice(1, -1)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (word !== '') words.add(word);
  }
}

/** Joins a paragraph's lines into one line of text, undoing hyphenation at line ends. */
export function joinLines(lineTexts: readonly string[], vocabulary: Vocabulary): string {
  // Each joint looks at the two lines beside it only, so a paragraph of any length joins in
  // linear time.
  const pieces: string[] = [];
  for (const [i, line] of lineTexts.entries()) {
    const next = lineTexts[i + 1];
    pieces.push(next === undefined ? line : lineBeforeJoint(line, next, vocabulary));
  }
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

// A line as it reads before the next one: with a trailing space, without its hyphen, or as is.
function lineBeforeJoint(before: string, after: string, vocabulary: Vocabulary): string {
  if (before.endsWith(SOFT_HYPHEN)) return before.slice(0, -1);
  if (/\p{L}[–—]$/u.test(before)) return before;
  if (!HYPHEN.test(before) || /\s[-\u2010\u2011]$/.test(before)) return `${before} `;
  const head = /(?:^|\s)[^\p{L}\p{N}]*([\p{L}\p{N}'’-]*?)[-\u2010\u2011]$/u.exec(before)?.[1] ?? '';
  const tail = /^[\p{L}\p{N}'’]*/u.exec(after)?.[0] ?? '';
  return keepsHyphen(head, tail, vocabulary) ? before.replace(HYPHEN, '-') : before.slice(0, -1);
}

function keepsHyphen(head: string, tail: string, vocabulary: Vocabulary): boolean {
  if (head === '' || tail === '') return true;
  if (/^[\p{Lu}\p{N}]/u.test(tail) || /[\p{N}-]/u.test(head)) return true;
  const lowerHead = head.toLowerCase();
  const lowerTail = tail.toLowerCase();
  if (vocabulary.has(`${lowerHead}-${lowerTail}`)) return true;
  if (vocabulary.has(lowerHead + lowerTail)) return false;
  return COMPOUND_FIRST.has(lowerHead) || COMPOUND_SECOND.has(lowerTail);
}
