import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('reads an Arabic paragraph as right to left', () => {
    expect(textDirection('قال رئيس البلدية إن الميزانية سترتفع.')).toBe('rtl');
  });

  it('reads a Hebrew paragraph as right to left', () => {
    expect(textDirection('ראש העירייה אמר כי התקציב יעלה.')).toBe('rtl');
  });

  it('lets the first strong letter decide a mixed paragraph', () => {
    expect(textDirection('«2024»: قال المتحدث باسم Reuters إن…')).toBe('rtl');
    expect(textDirection('Reuters قال المتحدث')).toBe('ltr');
  });

  it('skips digits and punctuation before the first letter', () => {
    expect(textDirection('١٥٪ — 15 % ارتفعت الأسعار')).toBe('rtl');
    expect(textDirection('2024. The council voted.')).toBe('ltr');
  });

  it('reads Chinese, Devanagari and Cyrillic as left to right', () => {
    expect(textDirection('滨江市议会通过明年预算')).toBe('ltr');
    expect(textDirection('नगर परिषद ने बजट पारित किया।')).toBe('ltr');
    expect(textDirection('Городской совет принял бюджет.')).toBe('ltr');
  });

  it('honours the directional marks', () => {
    expect(textDirection('\u200f15 (2024)')).toBe('rtl');
    expect(textDirection('\u200e15 سنة')).toBe('ltr');
  });

  it('gives no direction to text without a strong character', () => {
    expect(textDirection('15 / 20 — 2024')).toBeNull();
    expect(textDirection('')).toBeNull();
  });
});
