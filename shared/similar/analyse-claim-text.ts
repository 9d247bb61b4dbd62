import { foldCase, foldWord } from './fold-word';
import { polarityMarkers } from './polarity-words';
import { isNumberWord, isScaleWord, readNumberWords } from './number-words';
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
const PERCENT_WORDS = new Set(['percent', 'pct', 'pc', 'per cent', 'por ciento', 'pour cent', 'prozent', 'porcentaje']);

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
    const number = readNumberAt(words, i);
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
      const run = words.slice(i, end);
      for (const pair of characterPairs(run.map((w) => w.folded).join(''))) addTerm(out, pair, pair);
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
    placeRun = capitalised && !word.sentenceStart && adjacent && (placeRun || PLACE_PREPOSITIONS.has(previous.lower));
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
  for (const { segment, isWordLike } of wordSegmenter.segment(withHalves(text.normalize('NFKC')))) {
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
  } else if (!percent && pair !== undefined && PERCENT_WORDS.has(pair)) {
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

function characterPairs(run: string): string[] {
  const characters = [...graphemeSegmenter.segment(run)].map((g) => g.segment);
  if (characters.length === 1) return characters;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) pairs.push(characters[i]! + characters[i + 1]!);
  return pairs;
}
