import { describe, expect, it } from 'vitest';
import { STATEMENT_TARGET_LENGTH, suggestStatement } from './suggest-statement';

describe('suggestStatement', () => {
  it('takes the quoted words when the claimant is quoted', () => {
    expect(suggestStatement('"The tanks were empty on arrival," Kremlin spokesman Dmitry Peskov said.')).toBe(
      'The tanks were empty on arrival',
    );
  });

  it('drops "according to" and "X said (that)"', () => {
    expect(suggestStatement('According to the ministry, 40 tonnes of fuel were unloaded.')).toBe('40 tonnes of fuel were unloaded');
    expect(suggestStatement('Unemployment fell to 4 percent in May, the minister said.')).toBe('Unemployment fell to 4 percent in May');
    expect(suggestStatement('The mayor said that the library had lost 3,000 visitors.')).toBe('The library had lost 3,000 visitors');
  });

  it('keeps a sentence with no attribution, without its full stop', () => {
    expect(suggestStatement('Fuel prices rose by 12 percent last year.')).toBe('Fuel prices rose by 12 percent last year');
  });

  it('keeps the whole claim however long, never cut with an ellipsis', () => {
    const sentence =
      'The regional hospital trust cancelled more than four hundred planned operations during the first three weeks of January because of staff shortages.';
    const draft = suggestStatement(sentence);
    expect(draft.length).toBeGreaterThan(STATEMENT_TARGET_LENGTH);
    expect(draft).not.toContain('…');
    expect(draft).toBe(sentence.slice(0, -1));
  });

  it('keeps the claimant where "claimed" is the claim itself, not a verb of reporting', () => {
    expect(suggestStatement('The Islamic State militant group claimed responsibility for the violence.')).toBe(
      'The Islamic State militant group claimed responsibility for the violence',
    );
    const long = 'In 2022 Islamic State claimed responsibility for a deadly attack on a Shi’ite shrine in Iran that killed 13 people.';
    expect(suggestStatement(long)).toBe(long.slice(0, -1));
    const passive =
      'Earlier attacks claimed by Islamic State include twin bombings in 2017 that targeted Iran’s parliament and the tomb of the Islamic Republic’s founder, Ayatollah Ruhollah Khomeini.';
    expect(suggestStatement(passive)).toBe(passive.slice(0, -1));
  });

  it('drops "claimed that" as reporting', () => {
    expect(suggestStatement('The opposition claimed that the contract was never put out to tender.')).toBe(
      'The contract was never put out to tender',
    );
  });

  it('drops the attribution with its day and the article’s quotation marks, keeping every word of the claim', () => {
    expect(
      suggestStatement(
        'The Riverside council said on Monday that tap water in the eastern wards was "completely safe," despite laboratory results showing lead above the national limit in 12 of 40 samples.',
      ),
    ).toBe(
      'Tap water in the eastern wards was completely safe, despite laboratory results showing lead above the national limit in 12 of 40 samples',
    );
  });
});
