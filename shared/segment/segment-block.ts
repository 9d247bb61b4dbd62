import { endsCjkSentence, endsSentence } from './ends-sentence';
import { isPhotoCredit } from '../clean/rules/image-credit';
import type { SentenceSpan } from './sentence-span';
import { isWhitespace } from '../text/whitespace';

// How far back from a stop, and forward into the next word, the rules look. An abbreviation or
// a sentence starter is a few letters long, and text without spaces (Chinese, Japanese) would
// otherwise make every candidate read the whole paragraph: quadratic time.
const LOOK_CHARS = 64;
// After an ideographic stop the rules look for a particle or an attribution of a few characters.
const CJK_LOOK_CHARS = 4;
// Longest text after a block's last stop that is checked for being a photo credit.
const MAX_CREDIT_TAIL = 120;

/**
 * Splits one block (a paragraph, heading or caption; no BLOCK_SEPARATOR inside) into sentences,
 * with offsets shifted by `offset` so a caller can pass the block's place in a larger text.
 * Spans are ordered, disjoint, trimmed and together cover every non-space character; text after
 * the last terminal punctuation (a heading, a caption) is a sentence of its own — except a photo
 * credit ("Reuters File", "Photo: Getty Images", "AP Photo/Jane Doe"), which stays with the
 * sentence before it. Whitespace-only
 * text yields no span. Runs in time linear in `text.length`.
 *
 * Sentence ends of every script: `.` `!` `?` `…`, the Arabic `؟` and Urdu `۔`, the Devanagari
 * danda `।` and `॥`, Armenian `։` and Ethiopic `።` `፧` end a sentence before whitespace; the
 * ideographic `。` `！` `？` (and `!` `?` before Chinese or Japanese text) end one with no space
 * after, so Chinese and Japanese sentences split where they are written together. Closing quotes
 * and brackets after the stop (`”`, `»`, `“` in German, `」` `』` `）`) belong to the sentence,
 * and so does a French closing guillemet set off by a space (`fini. »`).
 */
export function segmentBlock(text: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipWhitespace(text, 0);
  if (start === text.length) return spans;
  // Only a word ending in terminal punctuation (and closing quotes or brackets) can end a
  // sentence, so the regex finds those few word ends instead of visiting every word. A fresh
  // regex per call: a shared /g regex would carry lastIndex across calls. Group 1 marks the
  // ideographic ends, which need no whitespace after them.
  // No /u flag: every character here is in the Basic Multilingual Plane, and V8 scans faster
  // without it. The ranges after `!?` are CJK ideographs, hiragana and katakana.
  const candidates =
    /[.!?…؟۔।॥։።፧]["'”’“‘)\]}»«›‹」』）》〉】]*(?=\s)|([。！？｡]+|[!?]+(?=["'”’)」』）》〉】]*[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]))["'”’)\]}」』）》〉】〕]*/g;
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const stopEnd = match.index + match[0].length;
    let end = stopEnd;
    let nextStart = skipWhitespace(text, end);
    if (match[1] === undefined) {
      const spacedCloser = spacedCloserEnd(text, nextStart);
      if (spacedCloser !== undefined) {
        end = spacedCloser;
        nextStart = skipWhitespace(text, end);
        candidates.lastIndex = end;
      }
    }
    if (nextStart === text.length) break;
    let ends: boolean;
    if (match[1] === undefined) {
      const tokenStart = wordStart(text, match.index);
      const token = text.slice(tokenStart, stopEnd);
      ends = endsSentence(token, nextWord(text, nextStart), () => previousWord(text, tokenStart));
    } else {
      ends = endsCjkSentence(match[0], text.slice(nextStart, nextStart + CJK_LOOK_CHARS));
    }
    // A photo credit closing a caption ("… on 9 June. Reuters File") belongs to its last
    // sentence: it is never a sentence to read, tag or step to on its own.
    if (ends && text.length - nextStart <= MAX_CREDIT_TAIL && isPhotoCredit(text.slice(nextStart))) break;
    if (ends) {
      spans.push({ start: start + offset, end: end + offset });
      start = nextStart;
    }
  }
  spans.push({ start: start + offset, end: trimmedEnd(text) + offset });
  return spans;
}

// French sets a closing guillemet off with a (narrow) no-break space: « C’est fini. » Il part.
const SPACED_CLOSERS = '»›';

/** Where a run of closing guillemets standing alone at `from` ends, or undefined if there is none. */
function spacedCloserEnd(text: string, from: number): number | undefined {
  let at = from;
  while (at < text.length && SPACED_CLOSERS.includes(text.charAt(at))) at += 1;
  if (at === from || (at < text.length && !isWhitespace(text.charCodeAt(at)))) return undefined;
  return at;
}

// Opening punctuation standing alone ("« Il", "— Vale"): the rules need the word after it.
const LONE_OPENERS = '«‹„“"\'—–¿¡「『（(';

/** The non-space run at `from`, joined to the following run when it is only opening punctuation. */
function nextWord(text: string, from: number): string {
  const end = wordEnd(text, from);
  const run = text.slice(from, end);
  if (end === text.length || !isOnlyOpeners(run)) return run;
  const following = skipWhitespace(text, end);
  return run + text.slice(following, wordEnd(text, following));
}

/** The non-space run that ends before the whitespace ending at `before`, or '' at the text's start. */
function previousWord(text: string, before: number): string {
  let end = before;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(wordStart(text, end), end);
}

function isOnlyOpeners(run: string): boolean {
  for (let i = 0; i < run.length; i += 1) if (!LONE_OPENERS.includes(run.charAt(i))) return false;
  return true;
}

function skipWhitespace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at += 1;
  return at;
}

function wordStart(text: string, inside: number): number {
  const limit = Math.max(0, inside - LOOK_CHARS);
  let at = inside;
  while (at > limit && !isWhitespace(text.charCodeAt(at - 1))) at -= 1;
  return at;
}

function wordEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + LOOK_CHARS);
  let at = from;
  while (at < limit && !isWhitespace(text.charCodeAt(at))) at += 1;
  return at;
}

function trimmedEnd(text: string): number {
  let at = text.length;
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at -= 1;
  return at;
}
