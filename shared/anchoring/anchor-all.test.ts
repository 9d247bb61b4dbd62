import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { anchorAll } from './anchor-all';
import { generateArticle } from './baselines/generate-article';
import { passages } from './baselines/passages';
import { describe as describeSpan } from './describe';
import type { AnnotationSelectors } from './selectors';
import { seededRandom } from '../random/seeded-random';

const describeQuote = (text: string, quote: string, occurrence = 0) => {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(quote, start + 1);
  return describeSpan(text, start, start + quote.length);
};

// 10,000 sentence annotations spread evenly over a generated 1 MB article.
function annotateArticle(): { text: string; items: AnnotationSelectors[] } {
  const { text, sentences } = generateArticle(1_000_000);
  const step = sentences.length / 10_000;
  const items = Array.from({ length: 10_000 }, (_, i) => {
    const sentence = sentences[Math.floor(i * step)]!;
    return describeSpan(text, sentence.start, sentence.end);
  });
  return { text, items };
}

describe('anchorAll', () => {
  it('returns results in the order of the items it was given', () => {
    const text = 'First claim here. Second claim there. Third claim everywhere.';
    const items = [describeQuote(text, 'Third claim'), describeQuote(text, 'First claim'), describeQuote(text, 'Second claim')];
    expect(anchorAll(text, items).map((r) => (r.status === 'anchored' ? text.slice(r.start, r.end) : r.status))).toEqual([
      'Third claim',
      'First claim',
      'Second claim',
    ]);
  });

  it('anchors 10,000 annotations on an unchanged 1 MB article by their positions', () => {
    const { text, items } = annotateArticle();
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const results = anchorAll(text, items);
    expect(results.filter((r) => r.status === 'anchored' && r.method === 'position')).toHaveLength(10_000);
  });

  it('moves 10,000 annotations along with a paragraph inserted near the start', () => {
    const { text, items } = annotateArticle();
    const at = items[1]!.position.start;
    const insertion = 'Update: this article was revised after publication to add a response from the council.\n\n';
    const edited = text.slice(0, at) + insertion + text.slice(at);
    const results = anchorAll(edited, items);
    const expected = items.map((item) => {
      const shift = item.position.start >= at ? insertion.length : 0;
      return { start: item.position.start + shift, end: item.position.end + shift };
    });
    expect(results.map((r) => (r.status === 'anchored' ? { start: r.start, end: r.end } : r.status))).toEqual(expected);
  });

  it('settles which of two identical passages a note belongs to from how its neighbours moved', () => {
    const original = passages.boilerplate;
    const note = describeQuote(original, 'The county says 140 homes were evacuated, not 410.', 1);
    const neighbour = describeQuote(original, 'Shops along the high street stayed shut');
    const insertion = 'x'.repeat(275) + '\n\n';
    const edited = insertion + original;
    expect(anchor(edited, note).status).toBe('ambiguous');
    const [, settled] = anchorAll(edited, [neighbour, note]);
    expect(settled).toMatchObject({ status: 'anchored', start: note.position.start + insertion.length });
  });

  it('after an editor’s note, typos, changed words, rewritten sentences and a deleted paragraph, places every note where its text went or leaves it an orphan', () => {
    const { text, items } = annotateArticle();
    const random = seededRandom(7);
    type Edit = { at: number; remove: number; insert: string; gone?: boolean };
    const edits: Edit[] = [{ at: 0, remove: 0, insert: 'Editor’s note: figures in this article were corrected.\n\n' }];
    const paragraphStart = text.indexOf('\n\n', text.length / 2) + 2;
    const paragraphEnd = text.indexOf('\n\n', paragraphStart) + 2;
    edits.push({ at: paragraphStart, remove: paragraphEnd - paragraphStart, insert: '', gone: true });
    const used = new Set<number>();
    const pick = () => {
      for (;;) {
        const i = Math.floor(random() * items.length);
        const { start, end } = items[i]!.position;
        if (!used.has(i) && (end <= paragraphStart || start >= paragraphEnd)) return (used.add(i), items[i]!.position);
      }
    };
    const wordIn = ({ start, end }: { start: number; end: number }) => {
      const word = /[a-z]{5,}/.exec(text.slice(start, end));
      return word && { at: start + word.index, length: word[0].length };
    };
    for (let n = 0; n < 50; n++) {
      const word = wordIn(pick());
      if (word) edits.push({ at: word.at + 1, remove: 2, insert: text[word.at + 2]! + text[word.at + 1]! });
    }
    for (let n = 0; n < 10; n++) {
      const word = wordIn(pick());
      if (word) edits.push({ at: word.at, remove: word.length, insert: 'reportedly' });
    }
    for (let n = 0; n < 5; n++) {
      const { start, end } = pick();
      edits.push({ at: start, remove: end - start, insert: 'Nothing of what was said here survives in this version.', gone: true });
    }
    edits.sort((a, b) => a.at - b.at);
    let edited = '';
    let last = 0;
    for (const { at, remove, insert } of edits) {
      edited += text.slice(last, at) + insert;
      last = at + remove;
    }
    edited += text.slice(last);
    const moved = (offset: number) =>
      edits.reduce((shift, e) => (e.at + e.remove <= offset ? shift + e.insert.length - e.remove : shift), 0) + offset;
    const gone = (start: number, end: number) => edits.some((e) => e.gone && e.at < end && e.at + e.remove > start);

    const results = anchorAll(edited, items);
    const misplaced = items.filter(({ position: { start, end } }, i) => {
      const r = results[i]!;
      if (gone(start, end)) return r.status === 'anchored';
      // A fuzzy match may leave out a changed word at either end of the quote, never more.
      return r.status !== 'anchored' || Math.abs(r.start - moved(start)) > 12 || Math.abs(r.end - moved(end)) > 12;
    });
    expect(misplaced).toEqual([]);
    expect(results.filter((r) => r.status === 'orphan').length).toBeGreaterThanOrEqual(5);
  });
});

describe('anchorAll over edits far from where the notes were', () => {
  const { text, sentences } = generateArticle(200_000, 4);
  // [start, end) of each paragraph, without the blank line after it.
  const paragraphs = text.split('\n\n').reduce<[number, number][]>((spans, p) => {
    const start = spans.length === 0 ? 0 : spans[spans.length - 1]![1] + 2;
    return [...spans, [start, start + p.length]];
  }, []);
  const sentencesIn = ([start, end]: [number, number]) => sentences.filter((s) => s.start >= start && s.end <= end);
  const notesOn = (spans: { start: number; end: number }[]) => spans.map((s) => describeSpan(text, s.start, s.end));

  it('follows a paragraph moved 12 KB down, finding its reworded sentence and orphaning its rewritten one', () => {
    const moved = paragraphs.slice(100).find((p) => sentencesIn(p).length >= 5)!;
    const after = paragraphs[paragraphs.indexOf(moved) + 25]!;
    // The reworded sentence keeps its context on both sides, and its neighbours theirs: the
    // changed word is away from its ends.
    const [, reworded, , rewritten] = sentencesIn(moved);
    const before = text.slice(reworded!.start, reworded!.end);
    const newReworded = before.slice(0, 35) + before.slice(35, -35).replace(/ [a-z]{4,} /, ' reportedly ') + before.slice(-35);
    expect(newReworded).not.toBe(before);
    const newParagraph = text
      .slice(moved[0], moved[1])
      .replace(text.slice(reworded!.start, reworded!.end), newReworded)
      .replace(text.slice(rewritten!.start, rewritten!.end), 'Nothing of what was said here survives in this version.');
    const edited = text.slice(0, moved[0]) + text.slice(moved[1] + 2, after[1]) + '\n\n' + newParagraph + text.slice(after[1]);
    const around = sentences.filter((s) => s.start >= moved[0] - 5_000 && s.end <= after[1] + 5_000);

    const results = anchorAll(edited, notesOn(around));
    const placed = (i: number) => {
      const r = results[i]!;
      return r.status === 'anchored' ? edited.slice(r.start, r.end) : r.status;
    };
    expect(placed(around.indexOf(reworded!))).toBe(newReworded);
    expect(placed(around.indexOf(rewritten!))).toBe('orphan');
    for (const s of around.filter((s) => s !== reworded && s !== rewritten)) {
      expect(placed(around.indexOf(s))).toBe(text.slice(s.start, s.end));
    }
  });

  it('orphans the notes of a deleted paragraph though copies of its sentences remain elsewhere', () => {
    const deleted = paragraphs[100]!;
    const [copied, lookAlike, ...rest] = sentencesIn(deleted);
    const copy = text.slice(copied!.start, copied!.end);
    const similar = text.slice(lookAlike!.start, lookAlike!.end).replace(/ [a-z]{5,} /, ' reportedly ');
    // The copies sit 20 KB on, among other sentences: the same words, other surroundings.
    const elsewhere = paragraphs[140]![1];
    const edited = text.slice(0, deleted[0]) + text.slice(deleted[1] + 2, elsewhere) + ` ${copy} ${similar}` + text.slice(elsewhere);

    const results = anchorAll(edited, notesOn([copied!, lookAlike!, ...rest]));
    expect(results.map((r) => r.status)).toEqual(results.map(() => 'orphan'));
  });
});
