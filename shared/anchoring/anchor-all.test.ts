import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { anchorAll } from './anchor-all';
import { generateArticle } from './baselines/generate-article';
import { passages } from './baselines/passages';
import { describe as describeSpan } from './describe';
import type { AnnotationSelectors } from './selectors';

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
});
