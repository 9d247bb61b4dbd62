import { describe, expect, it } from 'vitest';
import { unsupportedSuggestLanguage } from './suggest-language';

const ENGLISH = 'The ministry said unemployment rose to 4.4 per cent in March, the highest since 2019.';
const ARABIC = 'قال وزير الصحة يوم الأحد إن الحكومة ستفتتح ثلاثة مستشفيات جديدة قبل نهاية العام.';
const CHINESE = '江州市市长周一表示，地铁三号线将于明年六月正式通车，全长二十八公里，共设二十一座车站。';

describe('unsupportedSuggestLanguage', () => {
  it('reads English articles, with or without a region', () => {
    expect(unsupportedSuggestLanguage('en', ENGLISH)).toBeUndefined();
    expect(unsupportedSuggestLanguage('en-GB', ENGLISH)).toBeUndefined();
  });

  it('names the recorded language it cannot read', () => {
    expect(unsupportedSuggestLanguage('ar', ARABIC)).toBe('ar');
    expect(unsupportedSuggestLanguage('zh-CN', CHINESE)).toBe('zh-CN');
    expect(unsupportedSuggestLanguage('es', 'El ministerio dijo que el desempleo subió al 4,4 % en marzo.')).toBe('es');
  });

  it('detects the language of an article that records none', () => {
    expect(unsupportedSuggestLanguage(undefined, ARABIC)).toBe('ar');
    expect(unsupportedSuggestLanguage(undefined, CHINESE)).toBe('zh');
    expect(unsupportedSuggestLanguage(undefined, ENGLISH)).toBeUndefined();
  });

  it('reads text too short to tell as English, as before', () => {
    expect(unsupportedSuggestLanguage(undefined, 'Fares rose.')).toBeUndefined();
  });
});
