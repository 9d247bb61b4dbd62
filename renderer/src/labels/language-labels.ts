// Languages are named in English, as the rest of the interface is, and in themselves, so an
// analyst can find "العربية" or "中文" by typing it; the tag itself stands when the runtime has no name.
const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The English name of a BCP 47 tag ("Arabic", "Brazilian Portuguese"); the tag itself when it has none. */
export function languageName(tag: string): string {
  try {
    return ENGLISH_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The name a language gives itself ("العربية", "中文"); the tag when the runtime has none. */
export function nativeLanguageName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Languages offered when the analyst corrects an article's language, by English name: every
 * language the segmenter has rules for and other widely published ones. Any other BCP 47 tag
 * can still be typed.
 */
export const LANGUAGE_CHOICES: readonly string[] = [
  'ar',
  'bn',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fa',
  'fi',
  'fil',
  'fr',
  'gl',
  'gu',
  'ha',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'am',
  'id',
  'it',
  'ja',
  'kn',
  'ko',
  'lt',
  'lv',
  'ml',
  'mr',
  'ms',
  'my',
  'ne',
  'nl',
  'no',
  'pa',
  'pl',
  'ps',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'si',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'th',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'yo',
  'zh',
  'zh-Hant',
].sort((a, b) => languageName(a).localeCompare(languageName(b), 'en'));
