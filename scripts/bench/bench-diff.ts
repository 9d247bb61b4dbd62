import { diffTexts } from '../../shared/diff';
import { segmentText } from '../../shared/segment';
import { BLOCK_SEPARATOR } from '../../shared/text/plain-text';
import { roundMs, timeMedian } from './median';

const EDITS = 24;
const RUNS = 5;

type Edit = { at: number; remove: number; insert: string };

/**
 * The kinds of edit an outlet makes to a published story, one per place, in turn: a word
 * changed, a figure corrected, a sentence added, a sentence removed, a paragraph added, a
 * sentence rewritten.
 */
const EDIT_KINDS: ((text: string, span: { start: number; end: number }) => Edit)[] = [
  (text, s) => {
    const word = text.slice(s.start, s.end).search(/\b(?:said|denied|reported|confirmed|told)\b/u);
    return word === -1 ? { at: s.end, remove: 0, insert: ' (updated)' } : { at: s.start + word, remove: 0, insert: 'later ' };
  },
  (text, s) => {
    const digit = text.slice(s.start, s.end).search(/\d/u);
    return digit === -1 ? { at: s.end, remove: 0, insert: ' (corrected)' } : { at: s.start + digit, remove: 1, insert: '7' };
  },
  (_, s) => ({ at: s.end, remove: 0, insert: ' A spokesperson later said the figures had been revised.' }),
  (text, s) => ({ at: s.start, remove: s.end - s.start + (text[s.end] === ' ' ? 1 : 0), insert: '' }),
  (text, s) => {
    const paragraphEnd = text.indexOf(BLOCK_SEPARATOR, s.end);
    const at = paragraphEnd === -1 ? text.length : paragraphEnd;
    return {
      at,
      remove: 0,
      insert: `${BLOCK_SEPARATOR}Update: this section was revised after publication to include a response from the port authority.`,
    };
  },
  (_, s) => ({ at: s.start, remove: s.end - s.start, insert: 'The port authority has since withdrawn this statement.' }),
];

/**
 * Times `diffTexts` between two versions of the article's plain text: the newer one has
 * `EDITS` edits (`EDIT_KINDS` in turn) spread evenly through it, as when an outlet corrects a
 * story. Median in ms; the counts of changes and sentences check that every edit was found.
 */
export function benchDiff(text: string): Record<string, number> {
  const sentences = segmentText(text);
  const edits = Array.from({ length: EDITS }, (_, i) =>
    EDIT_KINDS[i % EDIT_KINDS.length]!(text, sentences[Math.floor(((i + 0.5) * sentences.length) / EDITS)]!),
  );
  const after = applyEdits(text, edits);
  const diff = diffTexts(text, after);
  return {
    [`diffTexts, ${EDITS} edits (ms)`]: roundMs(timeMedian(() => diffTexts(text, after), RUNS)),
    'identical versions (ms)': roundMs(timeMedian(() => diffTexts(text, text), RUNS)),
    changes: diff.changes.length,
    'sentences edited': diff.sentences.edited,
    'sentences inserted': diff.sentences.inserted,
    'sentences deleted': diff.sentences.deleted,
  };
}

// Applies edits in increasing order of `at`, all against the original offsets.
function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const { at, remove, insert } of edits) {
    parts.push(text.slice(last, at), insert);
    last = at + remove;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
