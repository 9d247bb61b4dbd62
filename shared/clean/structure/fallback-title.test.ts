import { describe, expect, it } from 'vitest';
import { fallbackTitle } from './fallback-title';

describe('fallbackTitle', () => {
  it('takes a first sentence that fits in 80 characters', () => {
    expect(fallbackTitle('The ward will reopen next month. Agency staff have been hired.')).toBe('The ward will reopen next month.');
  });

  it('cuts a long first sentence at a word boundary and marks the cut', () => {
    const title = fallbackTitle(
      'The regional health board confirmed on Tuesday that it had closed the maternity ward at Dunmore General Hospital for three weeks.',
    );
    expect(title).toBe('The regional health board confirmed on Tuesday that it had closed the maternity…');
    expect(title.length).toBeLessThanOrEqual(80);
  });

  it('takes the first sentence of Chinese, Hindi and Arabic text', () => {
    expect(fallbackTitle('市议会星期二批准了明年的预算。反对派议员表示将提出上诉。')).toBe('市议会星期二批准了明年的预算。');
    expect(fallbackTitle('नगर परिषद ने बजट को मंजूरी दी। विपक्ष ने इसका विरोध किया।')).toBe('नगर परिषद ने बजट को मंजूरी दी।');
    expect(fallbackTitle('من سيدفع ثمن الإصلاحات؟ لا أحد يعرف.')).toBe('من سيدفع ثمن الإصلاحات؟');
  });

  it('reads past the full stop of an abbreviation or initials (CNN and WebMD pages in Readability’s corpus)', () => {
    expect(fallbackTitle('The U.S. has long been called a land of opportunity. Not for all.')).toBe(
      'The U.S. has long been called a land of opportunity.',
    );
    expect(fallbackTitle('Feb. 23, 2015 -- Peanut allergies are rising. A study may help.')).toBe(
      'Feb. 23, 2015 -- Peanut allergies are rising.',
    );
    expect(fallbackTitle('J. K. Rowling wrote again. Fans rejoiced.')).toBe('J. K. Rowling wrote again.');
  });

  it('still ends a sentence at a full stop before a capital', () => {
    expect(fallbackTitle('Rates rose in March. Analysts expect more.')).toBe('Rates rose in March.');
  });

  it('cuts a single overlong word at 80 characters', () => {
    expect(fallbackTitle('x'.repeat(200))).toBe(`${'x'.repeat(79)}…`);
  });

  it('returns an empty title for empty text', () => {
    expect(fallbackTitle('')).toBe('');
  });
});
