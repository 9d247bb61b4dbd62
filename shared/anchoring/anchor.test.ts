import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { generateArticle } from './baselines/generate-article';
import { describe as describeSpan } from './describe';

const describeQuote = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return describeSpan(text, start, start + quote.length);
};

describe('anchor', () => {
  it('finds a quote from the very start of the text after a note is added before it', () => {
    const original = 'The mayor said the bridge would reopen in May. Engineers said it needs another year of work.';
    const edited = `Update: corrected on Friday. ${original}`;
    const result = anchor(edited, describeSpan(original, 0, 46));
    expect(result).toMatchObject({ status: 'anchored', start: 29, end: 75 });
  });

  it('anchors by position while the quote is still at its offsets', () => {
    const text = 'The council met. The budget was approved. Members left.';
    expect(anchor(text, describeQuote(text, 'The budget was approved.'))).toEqual({
      status: 'anchored',
      start: 17,
      end: 41,
      method: 'position',
      score: 1,
    });
  });

  it('does not trust a short quote that reappears at its old offsets among other words', () => {
    const original = 'A spokesperson for the mayor denied that contracts were awarded unfairly.';
    const selectors = describeQuote(original, 'denied');
    const edited = `Earlier on, officials firmly denied it all. ${original}`;
    expect(edited.slice(selectors.position.start, selectors.position.end)).toBe('denied');
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: edited.lastIndexOf('denied') });
  });

  it('leaves a note on a deleted sentence orphaned rather than moving it onto a look-alike', () => {
    const kept = 'Unemployment rose by 2.9 percent in April, the statistics office said.';
    const deleted = 'Unemployment rose by 3.2 percent in March, the statistics office said.';
    const { text: filler } = generateArticle(3000, 3);
    const original = `Jobs report.\n\n${deleted} Wages were flat.\n\n${filler}\n\n${kept}`;
    const selectors = describeQuote(original, deleted);
    const edited = original.replace(`${deleted} `, '');
    expect(anchor(edited, selectors).status).toBe('orphan');
  });

  it('finds a paragraph moved far from its old place', () => {
    const { text, sentences } = generateArticle(200_000, 11);
    const paragraphEnd = text.indexOf('\n\n', 2000);
    const paragraphStart = text.lastIndexOf('\n\n', paragraphEnd - 1) + 2;
    const paragraph = text.slice(paragraphStart, paragraphEnd);
    const middle = sentences.find((s) => s.start > paragraphStart && s.end < paragraphEnd)!;
    const selectors = describeSpan(text, middle.start, middle.end);
    const edited = text.slice(0, paragraphStart) + text.slice(paragraphEnd + 2) + '\n\n' + paragraph;
    const result = anchor(edited, selectors);
    const expectedStart = edited.length - paragraph.length + (middle.start - paragraphStart);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: expectedStart });
  });

  it('finds a paragraph moved a few paragraphs away with a typo, and leaves one moved across the article with a typo to the analyst', () => {
    const { text, sentences } = generateArticle(200_000, 11);
    const paragraphEnd = text.indexOf('\n\n', 20_000);
    const paragraphStart = text.lastIndexOf('\n\n', paragraphEnd - 1) + 2;
    const middle = sentences.find((s) => s.start > paragraphStart && s.end < paragraphEnd)!;
    const selectors = describeSpan(text, middle.start, middle.end);
    const word = /[a-z]{5,}/.exec(text.slice(middle.start, middle.end))!;
    const at = middle.start + word.index + 1;
    const paragraph = text.slice(paragraphStart, at) + text[at + 1] + text[at] + text.slice(at + 2, paragraphEnd);
    const moveBy = (distance: number) => {
      const without = text.slice(0, paragraphStart) + text.slice(paragraphEnd + 2);
      const to = without.indexOf('\n\n', paragraphStart + distance) + 2;
      return { edited: `${without.slice(0, to)}${paragraph}\n\n${without.slice(to)}`, start: to + middle.start - paragraphStart };
    };
    const near = moveBy(8_000);
    expect(anchor(near.edited, selectors)).toMatchObject({ status: 'anchored', method: 'fuzzy', start: near.start });
    const far = moveBy(120_000);
    expect(anchor(far.edited, selectors).status).toBe('orphan');
  });

  it('prefers a clearly better match far away over a weaker one near the old place', () => {
    const { text: filler } = generateArticle(150_000, 4);
    const sentence = 'The inspector found no evidence of tampering with the ballot boxes.';
    const passage = `Officials gave their account on Friday. ${sentence} Observers disputed it later.`;
    const original = `Election report.\n\n${passage}\n\n${filler}`;
    const selectors = describeQuote(original, sentence);
    const echo = `Officials gave their account on Friday. ${sentence} More on that tomorrow, we promise.`;
    const edited = `Election report, updated.\n\n${echo}\n\n${filler}\n\n${passage}`;
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: 'anchored', start: edited.lastIndexOf(sentence) });
  });

  it('lists both copies, best first, when nothing tells them apart', () => {
    const block = 'Correction: the council says 140 homes were evacuated, not 410, and regrets the error.';
    const original = `${block}\n\n${'Middle paragraph. '.repeat(30)}\n\n${block}`;
    const second = original.lastIndexOf('140 homes');
    const selectors = describeSpan(original, second, second + '140 homes were evacuated'.length);
    const edited = `${'Inserted. '.repeat(27)}\n\n${original}`;
    const result = anchor(edited, selectors);
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    expect(result.candidates.map((c) => edited.slice(c.start, c.end))).toEqual(['140 homes were evacuated', '140 homes were evacuated']);
    expect(result.candidates[0]!.score).toBeGreaterThanOrEqual(result.candidates[1]!.score);
  });

  it('finds the quote when the stored position lies beyond the edited text', () => {
    const original = `${'Long introduction. '.repeat(20)}The verdict is expected on Friday. The end.`;
    const selectors = describeQuote(original, 'The verdict is expected on Friday.');
    const edited = 'Short intro. The verdict is expected on Friday. The end.';
    expect(anchor(edited, selectors)).toMatchObject({ status: 'anchored', start: 13, end: 47 });
  });

  it('orphans a quote that a stricter minimum score no longer accepts', () => {
    const original = 'Intro. We have recieved more than two thousand submissions from residents. Outro.';
    const selectors = describeQuote(original, 'We have recieved more than two thousand submissions from residents.');
    const edited = original.replace('recieved', 'received');
    expect(anchor(edited, selectors)).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(anchor(edited, selectors, { minScore: 0.999 }).status).toBe('orphan');
  });

  it('orphans an empty quote', () => {
    const selectors = describeSpan('Some text.', 0, 4);
    expect(anchor('Some text.', { ...selectors, quote: { ...selectors.quote, exact: '' } })).toEqual({ status: 'orphan' });
  });
});
