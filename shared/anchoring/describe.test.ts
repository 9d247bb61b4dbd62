import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe as describeSpan } from './describe';

const text = 'a'.repeat(40) + 'The minister denied the report.' + 'b'.repeat(40);
const start = 40;
const end = 40 + 'The minister denied the report.'.length;

describe('describe', () => {
  it('records the quote, 32 characters of context on each side, and the offsets', () => {
    expect(describeSpan(text, start, end)).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'The minister denied the report.',
        prefix: 'a'.repeat(CONTEXT_LENGTH),
        suffix: 'b'.repeat(CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start, end },
    });
  });

  it('keeps only the context that exists near the ends of the text', () => {
    const { quote } = describeSpan('Denied. It was denied.', 0, 7);
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(' It was denied.');
    expect(describeSpan('Denied. It was denied.', 15, 22).quote.suffix).toBe('');
  });

  it.each([
    ['an empty span', 5, 5],
    ['a reversed span', 10, 5],
    ['a negative start', -1, 5],
    ['an end past the text', 0, text.length + 1],
    ['fractional offsets', 1.5, 4],
  ])('throws RangeError for %s', (_, from, to) => {
    expect(() => describeSpan(text, from, to)).toThrow(RangeError);
  });
});
