import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { FoldedText } from './folded-text';

const raw = '\u201CIt\u2019s early,\u201D she said.\n\nCritics disagreed.'.repeat(200);

describe('FoldedText', () => {
  it('reads folded slices at the raw text\u2019s offsets', () => {
    const text = new FoldedText(raw);
    expect(text.length).toBe(raw.length);
    expect(text.slice(0, 12)).toBe('"It\'s early,');
    expect(text.slice(30, 50)).toBe(fold(raw).slice(30, 50));
  });

  it('gives the same slices before and after it folds the whole text', () => {
    const text = new FoldedText(raw);
    const small = text.slice(100, 160);
    expect(text.slice(0, raw.length)).toBe(fold(raw));
    expect(text.slice(100, 160)).toBe(small);
  });
});
