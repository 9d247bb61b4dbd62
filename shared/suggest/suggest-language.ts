import { detectLanguage } from '../language';

/** Languages the suggester has rules and a model for (English cue words, wink-nlp's English model). */
export const SUGGESTER_LANGUAGES: readonly string[] = ['en'];

/**
 * The language of an article the suggester cannot read, or undefined when it can. `lang` is the
 * article's recorded language (BCP 47); without one, the language is detected from `text`. Text
 * too short to tell is read as English, as the suggester always has. Ranking Arabic or Chinese
 * sentences with English cues would suggest noise, so such an article gets no suggestions and
 * the analyst is told why.
 */
export function unsupportedSuggestLanguage(lang: string | undefined, text: string): string | undefined {
  const language = lang ?? detectLanguage(text);
  if (language === undefined) return undefined;
  return SUGGESTER_LANGUAGES.includes(language.split('-')[0]!.toLowerCase()) ? undefined : language;
}
