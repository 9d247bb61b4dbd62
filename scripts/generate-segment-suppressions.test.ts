import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCldrSuppressions, renderSuppressionsModule, SUPPRESSIONS_MODULE } from './generate-segment-suppressions';

describe('generate-segment-suppressions', () => {
  it('has committed exactly the suppressions the installed CLDR package holds', async () => {
    const { version, byLanguage } = readCldrSuppressions();
    expect(readFileSync(SUPPRESSIONS_MODULE, 'utf8')).toBe(await renderSuppressionsModule(version, byLanguage));
  });

  it('reads German, Spanish, French, Portuguese and Russian abbreviations from CLDR', () => {
    const { byLanguage } = readCldrSuppressions();
    expect(byLanguage.de).toContain('Abs.');
    expect(byLanguage.es).toContain('Excmo.');
    expect(byLanguage.fr).toContain('MM.');
    expect(byLanguage.pt).toContain('Exmo.');
    expect(byLanguage.ru).toContain('проф.');
  });
});
