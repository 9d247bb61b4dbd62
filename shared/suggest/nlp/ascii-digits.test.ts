import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './ascii-digits';

describe('toAsciiDigits', () => {
  it('writes Arabic-Indic, Extended Arabic-Indic and Devanagari digits as ASCII, keeping the length', () => {
    for (const [from, to] of [
      ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
      ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
      ['०१२३४५६७८९', '0123456789'],
      ['in ٢٠٢٤, ١٢٫٥٪ of ٣٬٠٠٠', 'in 2024, 12.5% of 3,000'],
      ['१५ मार्च २०२३', '15 मार्च 2023'],
    ]) {
      expect(toAsciiDigits(from!)).toBe(to);
      expect(toAsciiDigits(from!)).toHaveLength(from!.length);
    }
  });

  it('leaves letters, ASCII digits and other numerals (Roman, circled) alone', () => {
    expect(toAsciiDigits('Chapter XII, ① and 42 apples')).toBe('Chapter XII, ① and 42 apples');
  });
});
