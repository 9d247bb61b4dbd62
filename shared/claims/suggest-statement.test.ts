import { describe, expect, it } from 'vitest';
import { STATEMENT_TARGET_LENGTH, suggestStatement } from './suggest-statement';

describe('suggestStatement', () => {
  it('takes the quoted words when the claimant is quoted', () => {
    expect(suggestStatement('"The tanks were empty on arrival," Kremlin spokesman Dmitry Peskov said.')).toBe('The tanks were empty on arrival');
  });

  it('drops "according to" and "X said (that)"', () => {
    expect(suggestStatement('According to the ministry, 40 tonnes of fuel were unloaded.')).toBe('40 tonnes of fuel were unloaded');
    expect(suggestStatement('Unemployment fell to 4 percent in May, the minister said.')).toBe('Unemployment fell to 4 percent in May');
    expect(suggestStatement('The mayor said that the library had lost 3,000 visitors.')).toBe('The library had lost 3,000 visitors');
  });

  it('keeps a sentence with no attribution, without its full stop', () => {
    expect(suggestStatement('Fuel prices rose by 12 percent last year.')).toBe('Fuel prices rose by 12 percent last year');
  });

  it('cuts a long statement at a word near the target length', () => {
    const long = suggestStatement(
      'The regional hospital trust cancelled more than four hundred planned operations during the first three weeks of January because of staff shortages.',
    );
    expect(long.length).toBeLessThanOrEqual(STATEMENT_TARGET_LENGTH + 1);
    expect(long.endsWith('…')).toBe(true);
    expect(long).toBe('The regional hospital trust cancelled more than four hundred planned…');
  });
});
