import { describe, expect, it } from 'vitest';
import { touchesContext } from './context-probe';

const query = { exact: 'denied', prefix: 'A spokesperson for the mayor ', suffix: ' that contracts were awarded', hint: 0 };

describe('touchesContext', () => {
  it('accepts a quote whose neighbours on one side match the stored context', () => {
    const text = 'A spokesperson for the mayor denied everything.';
    expect(touchesContext(text, query, 29, 35)).toBe(true);
    const other = 'Officials later denied that contracts were awarded.';
    expect(touchesContext(other, query, 16, 22)).toBe(true);
  });

  it('rejects a quote with different neighbours on both sides', () => {
    const text = 'The minister denied it again.';
    expect(touchesContext(text, query, 13, 19)).toBe(false);
  });

  it('treats an empty prefix as the start of the text', () => {
    const atStart = { ...query, prefix: '', suffix: ' all of it' };
    expect(touchesContext('denied all of it', atStart, 0, 6)).toBe(true);
    expect(touchesContext('He denied none of it', atStart, 3, 9)).toBe(false);
  });
});
