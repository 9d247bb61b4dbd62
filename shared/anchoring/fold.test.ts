import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it('turns typographic quotes and apostrophes into straight ones', () => {
    expect(fold('\u201CIt\u2019s \u2018fine\u2019,\u201D she said \u201Egut\u201F')).toBe('"It\'s \'fine\'," she said "gut"');
  });

  it('turns every whitespace character into a space, one for one', () => {
    const text = 'a\u00A0b\nc\td\u2009e\r\nf';
    expect(fold(text)).toBe('a b c d e  f');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('returns the very same string when nothing needs folding', () => {
    const text = 'Plain "ASCII" text, with it\'s quotes.';
    expect(fold(text)).toBe(text);
  });
});
