import { seededRandom } from '../../shared/random/seeded-random';

/** One replacement against the original text's offsets. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** A span of the original text, as `segmentText` gives sentences. */
export interface Span {
  start: number;
  end: number;
}

/** An edited text, the edits that made it, and which original sentences lost their words. */
export interface EditedText {
  text: string;
  edits: Edit[];
  /** Original spans whose text no longer exists (rewritten, or in the deleted paragraph). */
  gone: Span[];
}

const NOTE = "Editor's note: this article was updated after publication to correct figures and add a response from the port authority.\n\n";
const REWRITE = 'Officials later gave a different account of these events, and the paper could not confirm either version.';
const WORDS = ['allegedly', 'formally', 'quietly', 'publicly', 'recently', 'reportedly', 'narrowly', 'angrily', 'briefly', 'firmly'];

/**
 * What an editor does to a published article, seeded so every run edits the same places: an
 * editor's note at the top, 50 typos (two letters swapped), 10 changed words, 5 rewritten
 * sentences and one paragraph deleted, each in a different sentence of `sentences`. Words are
 * chosen among letters only, so no number changes.
 */
export function realisticEdits(text: string, sentences: readonly Span[], seed = 12): EditedText {
  const random = seededRandom(seed);
  const taken = new Set<number>();
  const pickSentence = (): number => {
    for (;;) {
      const i = Math.floor(random() * sentences.length);
      if (!taken.has(i)) {
        taken.add(i);
        return i;
      }
    }
  };
  const edits: Edit[] = [{ at: 0, remove: 0, insert: NOTE }];
  const gone: Span[] = [];

  const paragraph = deletedParagraph(text, Math.floor(text.length * (0.3 + random() * 0.4)));
  edits.push({ at: paragraph.start, remove: paragraph.end - paragraph.start, insert: '' });
  sentences.forEach((s, i) => {
    if (s.start < paragraph.end && s.end > paragraph.start) {
      taken.add(i);
      gone.push(s);
    }
  });

  const wordIn = (s: Span): { at: number; length: number } | undefined => {
    const words = [...text.slice(s.start, s.end).matchAll(/[A-Za-z]{5,}/g)];
    const word = words[Math.floor(random() * words.length)];
    return word === undefined ? undefined : { at: s.start + word.index, length: word[0].length };
  };
  for (let n = 0; n < 50;) {
    const word = wordIn(sentences[pickSentence()]!);
    if (!word) continue;
    const k = word.at + 1 + Math.floor(random() * (word.length - 2));
    edits.push({ at: k, remove: 2, insert: text[k + 1]! + text[k]! });
    n++;
  }
  for (let n = 0; n < 10;) {
    const word = wordIn(sentences[pickSentence()]!);
    if (!word) continue;
    edits.push({ at: word.at, remove: word.length, insert: WORDS[n]! });
    n++;
  }
  for (let n = 0; n < 5; n++) {
    const s = sentences[pickSentence()]!;
    edits.push({ at: s.start, remove: s.end - s.start, insert: REWRITE });
    gone.push(s);
  }
  edits.sort((a, b) => a.at - b.at);
  return { text: applyEdits(text, edits), edits, gone };
}

// The paragraph (text between blank lines) that contains `near`, with the blank line after it.
function deletedParagraph(text: string, near: number): Span {
  const start = text.lastIndexOf('\n\n', near) + 2;
  const next = text.indexOf('\n\n', near);
  return { start, end: next === -1 ? text.length : next + 2 };
}

/** `text` with `edits` (sorted by `at`, not overlapping, against the original offsets) applied. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const { at, remove, insert } of edits) {
    parts.push(text.slice(last, at), insert);
    last = at + remove;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Where original offset `offset` is after `edits` (sorted, not overlapping): shifted by every
 * edit before it; inside a replaced stretch, the start of its replacement.
 */
export function mapOffset(offset: number, edits: readonly Edit[]): number {
  let shift = 0;
  for (const { at, remove, insert } of edits) {
    if (at + remove <= offset && !(remove === 0 && at === offset && at > 0)) shift += insert.length - remove;
    else if (at < offset) return at + shift;
    else break;
  }
  return offset + shift;
}
