import { describe, expect, it } from 'vitest';
import { quoteOnce } from './quote-once';

describe('quoteOnce', () => {
  it('puts a passage in curly quotes', () => {
    expect(quoteOnce('the tanks were full')).toBe('“the tanks were full”');
  });

  it('leaves a passage that opens or closes a quotation of its own as it is', () => {
    expect(quoteOnce('“Days are numbered,” he said.')).toBe('“Days are numbered,” he said.');
    expect(quoteOnce('He called it “a lie”.')).toBe('He called it “a lie”.');
    expect(quoteOnce('"Plain marks," too')).toBe('"Plain marks," too');
  });
});
