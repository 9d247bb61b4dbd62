import { describe, expect, it } from 'vitest';
import { describeHistorySubject } from './history-subject';

describe('describeHistorySubject', () => {
  it('names the tag and quotes a short passage whole, whitespace folded', () => {
    expect(describeHistorySubject('Evidence', '  One delivery of\n180,000 litres.  ')).toBe('Evidence “One delivery of 180,000 litres.”');
  });

  it('cuts a long passage at the last whole word that fits, dropping trailing punctuation', () => {
    const quote = 'Our reserves stood at 100 per cent, the port authority said, on the morning before the blackout.';
    expect(describeHistorySubject('Claim', quote)).toBe('Claim “Our reserves stood at 100 per cent, the port authority said…”');
  });

  it('cuts inside a single word longer than the limit', () => {
    const word = 'x'.repeat(80);
    expect(describeHistorySubject('Denial', word)).toBe(`Denial “${'x'.repeat(60)}…”`);
  });

  it('names the tag alone when the passage is empty', () => {
    expect(describeHistorySubject('Evidence', ' \n ')).toBe('Evidence');
  });
});
