import { describe, expect, it } from 'vitest';
import { normaliseLanguageTag } from './normalise-language-tag';

describe('normaliseLanguageTag', () => {
  it('uses the two-letter code where ISO 639-1 has one', () => {
    expect(normaliseLanguageTag('spa')).toBe('es');
    expect(normaliseLanguageTag('cmn')).toBe('zh');
    expect(normaliseLanguageTag('heb')).toBe('he');
    expect(normaliseLanguageTag('arb')).toBe('ar');
    expect(normaliseLanguageTag('pes')).toBe('fa');
  });

  it('replaces retired codes', () => {
    expect(normaliseLanguageTag('iw')).toBe('he');
    expect(normaliseLanguageTag('in')).toBe('id');
  });

  it('keeps regions and scripts, in canonical case, from the forms documents write', () => {
    expect(normaliseLanguageTag('es_ES')).toBe('es-ES');
    expect(normaliseLanguageTag(' EN-gb ')).toBe('en-GB');
    expect(normaliseLanguageTag('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normaliseLanguageTag('es-419')).toBe('es-419');
  });

  it('keeps a three-letter code that has no two-letter one', () => {
    expect(normaliseLanguageTag('yue')).toBe('yue');
  });

  it('refuses what names no language', () => {
    for (const raw of ['', 'und', 'zxx', 'mul', 'x', 'english', 'en-', '12', 'en gb', '<script>']) {
      expect(normaliseLanguageTag(raw), raw).toBeUndefined();
    }
  });
});
