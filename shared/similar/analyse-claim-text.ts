import { foldCase, foldWord } from './fold-word';
import { polarityMarkers } from './polarity-words';
import { CJK_NUMBER, isNumberWord, isScaleWord, PERCENT_AFTER, PERCENT_BEFORE, readCjkNumber, readNumberWords } from './number-words';
import { STOP_WORDS } from './stop-words';

/** A claim's text as the similar-claims index sees it. */
export interface AnalysedText {
  /** Every indexed term in order: folded words without stop words, numbers as `15`, `15%`, `1500000`. */
  terms: string[];
  /** The number terms, each once. */
  numbers: string[];
  /** Terms of capitalised words that follow a place preposition ("in Ohio", "across New York"): the places the text names. */
  places: string[];
  /** Terms of capitalised words: names of people, places and bodies (and a sentence's first word). */
  names: string[];
  /** How each term was first written, to show in a reason. */
  surfaces: Map<string, string>;
  /** Markers of negation, direction and antonyms (`polarityMarkers`), read before stop words are dropped. */
  polarity: string[];
}

/** Scripts written without spaces: indexed as character pairs, so two texts cut differently by the segmenter still meet. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'across',
  'throughout',
  'near',
  'to',
  'inside',
  'outside',
  'en',
  'à',
  'a',
  'dans',
  'im',
]);
/** Months and weekdays: capitalised after "in" or "on", yet never a place ("in January"). */
const TIMES = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday januar februar marz mai juni juli oktober dezember ' +
    'janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre enero febrero marzo abril mayo junio julio agosto'
  ).split(' '),
);
const PERCENT_WORDS: ReadonlySet<string> = new Set([...PERCENT_AFTER].map((p) => p.split(' ').map(foldCase).join(' ')));
const PERCENT_PREFIXES: ReadonlySet<string> = new Set([...PERCENT_BEFORE].map(foldCase));
/** Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai): read as 0–9. */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59]/gu;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];

const SCALED_NUMBER = /^(\d[\d.,]*)(k|m|mn|bn|tn|million|billion|trillion)$/iu;

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

interface Word {
  text: string;
  /** Lower case, accents dropped: how stop words, number words and markers are listed. */
  lower: string;
  /** The indexed form (`foldWord`). */
  folded: string;
  /** Only spaces lie between this word and the previous one. */
  spaced: boolean;
  /** The non-word text right after it ("%", "-", ", "). */
  after: string;
  sentenceStart: boolean;
}

/**
 * Splits `text` into words with `Intl.Segmenter` (so Chinese, Japanese and Thai split too),
 * folds them (`foldWord`: case, accents, plurals), reads numbers written in digits or English
 * words with their scale and percent sign as one term ("15 per cent", "15%", "fifteen percent" → `15%`;
 * "1.5 million" → `1500000`), and drops stop words. Also notes capitalised names, places and
 * words of negation or reversal for the index's reasons and checks.
 */
export function analyseClaimText(text: string): AnalysedText {
  const words = splitWords(text);
  const out: AnalysedText = { terms: [], numbers: [], places: [], names: [], surfaces: new Map(), polarity: [] };
  let placeRun = false;
  for (let i = 0; i < words.length;) {
    const number = readNumberAt(words, i) ?? readPercentAfterPrefix(words, i);
    if (number !== undefined) {
      addTerm(out, number.term, number.surface);
      // "paid zero tax" says what "paid no tax" says.
      if (number.term === '0') out.polarity.push('not');
      if (!out.numbers.includes(number.term)) out.numbers.push(number.term);
      i = number.next;
      placeRun = false;
      continue;
    }
    const word = words[i]!;
    if (UNSPACED.test(word.text)) {
      let end = i + 1;
      while (end < words.length && UNSPACED.test(words[end]!.text) && words[end - 1]!.after === '') end += 1;
      // "…เป็นร้อยละ 15": the percent word before the number belongs to the number, not the run.
      const prefix = percentPrefixBefore(words, end);
      if (end - prefix > i) end -= prefix;
      const run = words.slice(i, end);
      addUnspacedRun(out, run);
      for (const w of run) out.polarity.push(...polarityMarkers(w.lower));
      i = end;
      placeRun = false;
      continue;
    }
    i += 1;
    const markers = polarityMarkers(word.lower);
    out.polarity.push(...markers);
    if (markers.includes('not')) continue;
    const capitalised = /^\p{Lu}/u.test(word.text);
    const previous = words[i - 2];
    const adjacent = previous !== undefined && /^\s*$/u.test(previous.after);
    placeRun =
      capitalised && !word.sentenceStart && adjacent && !TIMES.has(word.lower) && (placeRun || PLACE_PREPOSITIONS.has(previous.lower));
    if (STOP_WORDS.has(word.lower) || word.folded.length === 0) continue;
    addTerm(out, word.folded, word.text);
    if (capitalised && !out.names.includes(word.folded)) out.names.push(word.folded);
    if (placeRun && !out.places.includes(word.folded)) out.places.push(word.folded);
  }
  return out;
}

function addTerm(out: AnalysedText, term: string, surface: string): void {
  out.terms.push(term);
  if (!out.surfaces.has(term)) out.surfaces.set(term, surface);
}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let between = '';
  let sentenceStart = true;
  const normalised = text
    .normalize('NFKC')
    .replace(OTHER_DIGITS, (d) =>
      String(d.codePointAt(0)! - DIGIT_ZEROS.find((zero) => d.codePointAt(0)! - zero < 10 && d.codePointAt(0)! >= zero)!),
    )
    .replaceAll('٪', '%');
  for (const { segment, isWordLike } of wordSegmenter.segment(withHalves(normalised))) {
    if (!isWordLike) {
      between += segment;
      const last = words.at(-1);
      if (last) last.after += segment;
      if (/[.!?。！？:;]/u.test(segment)) sentenceStart = true;
      continue;
    }
    const spaced = /^\s*$/u.test(between);
    // "2bn", "15k": the segmenter keeps a number and its scale as one word.
    const scaled = SCALED_NUMBER.exec(segment);
    if (scaled) {
      words.push({ text: scaled[1]!, lower: scaled[1]!, folded: scaled[1]!, spaced, after: '', sentenceStart });
      words.push({
        text: scaled[2]!,
        lower: foldCase(scaled[2]!),
        folded: foldWord(scaled[2]!),
        spaced: true,
        after: '',
        sentenceStart: false,
      });
    } else words.push({ text: segment, lower: foldCase(segment), folded: foldWord(segment), spaced, after: '', sentenceStart });
    // Quotation marks and brackets open no sentence, so a capital after them still counts as a name.
    sentenceStart = false;
    between = '';
  }
  return words;
}

/** "two and a half million" → "2.5 million": the half belongs to the number before it. */
function withHalves(text: string): string {
  return text.replace(HALVES, (whole, number: string) => {
    const value = readNumberWords([number.toLowerCase()]);
    return value === undefined ? whole : `${value}.5`;
  });
}

const HALVES = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and a half\b/giu;

/** A number starting at word `i`: digits or number words, a scale, and a percent sign or word. */
function readNumberAt(words: readonly Word[], i: number): { term: string; surface: string; next: number } | undefined {
  const first = words[i];
  if (first === undefined || !(/^\d/u.test(first.lower) || (isNumberWord(first.lower) && !isScaleWord(first.lower)))) return undefined;
  let end = i + 1;
  while (end < words.length && continuesNumber(words, end)) end += 1;
  let value = readNumberWords(
    words
      .slice(i, end)
      .map((w) => w.lower.replace(/^and$/u, ''))
      .filter((w) => w !== ''),
  );
  while (value === undefined && end > i + 1) {
    end -= 1;
    value = readNumberWords(words.slice(i, end).map((w) => w.lower));
  }
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const last = words[end - 1]!;
  let percent = last.after.trimStart().startsWith('%');
  let next = end;
  const following = words[end]?.lower;
  const pair = following === undefined ? undefined : `${following} ${words[end + 1]?.lower ?? ''}`;
  if (!percent && following !== undefined && PERCENT_WORDS.has(following)) {
    percent = true;
    next = end + 1;
  } else if (!percent && pair !== undefined && (PERCENT_WORDS.has(pair) || PERCENT_WORDS.has(pair.replace(' ', '')))) {
    percent = true;
    next = end + 2;
  }
  const rounded = Math.round(value * 1000) / 1000;
  const term = percent ? `${rounded}%` : String(rounded);
  return {
    term,
    surface:
      words
        .slice(i, next)
        .map((w) => w.text)
        .join(' ') + (percent && next === end ? '%' : ''),
    next,
  };
}

function continuesNumber(words: readonly Word[], at: number): boolean {
  const word = words[at]!;
  const joined = word.spaced || words[at - 1]!.after === '-';
  if (!joined) return false;
  if (word.lower === 'and') return isNumberWord(words[at + 1]?.lower ?? '') && !isScaleWord(words[at + 1]?.lower ?? '');
  return isNumberWord(word.lower);
}

/** A percentage written with its word first ("ร้อยละ 15", "yüzde 15") at word `i`; the segmenter may cut the word in two. */
function readPercentAfterPrefix(words: readonly Word[], i: number): { term: string; surface: string; next: number } | undefined {
  for (const length of [1, 2]) {
    const prefix = words.slice(i, i + length);
    if (prefix.length < length || !PERCENT_PREFIXES.has(prefix.map((w) => w.lower).join(''))) continue;
    const number = readNumberAt(words, i + length);
    if (number === undefined) return undefined;
    const surface = `${prefix.map((w) => w.text).join('')} ${number.surface}`;
    return { term: number.term.endsWith('%') ? number.term : `${number.term}%`, surface, next: number.next };
  }
  return undefined;
}

/** How many words right before `end` (1 or 2) spell a percent word that a number follows; 0 when none do. */
function percentPrefixBefore(words: readonly Word[], end: number): number {
  for (const length of [1, 2]) if (end - length >= 0 && readPercentAfterPrefix(words, end - length) !== undefined) return length;
  return 0;
}

/**
 * Indexes a run of Chinese, Japanese, Thai… words: numbers written in CJK numerals as number
 * terms ("百分之十五" → `15%`), the rest as character pairs, each shown in a reason as the word
 * (or the two words) it was taken from, never as a bare pair.
 */
function addUnspacedRun(out: AnalysedText, run: readonly Word[]): void {
  const characters = run.flatMap((w, n) => [...graphemeSegmenter.segment(w.folded)].map((g) => ({ text: g.segment, word: n })));
  const joined = characters.map((c) => c.text).join('');
  const inNumber = new Set<number>();
  for (const match of joined.matchAll(CJK_NUMBER)) {
    const term = readCjkNumber(match[0]);
    if (term === undefined) continue;
    const first = [...joined.slice(0, match.index)].length;
    const length = [...match[0]].length;
    for (let c = first; c < first + length; c++) inNumber.add(c);
    addTerm(out, term, match[0]);
    if (!out.numbers.includes(term)) out.numbers.push(term);
  }
  const stretches: (typeof characters)[] = [[]];
  characters.forEach((c, n) => (inNumber.has(n) ? stretches.push([]) : stretches.at(-1)!.push(c)));
  for (const stretch of stretches) {
    if (stretch.length === 1) addTerm(out, stretch[0]!.text, run[stretch[0]!.word]!.text);
    for (let c = 0; c + 1 < stretch.length; c++) {
      const [a, b] = [stretch[c]!, stretch[c + 1]!];
      addTerm(out, a.text + b.text, a.word === b.word ? run[a.word]!.text : run[a.word]!.text + run[b.word]!.text);
    }
  }
}
