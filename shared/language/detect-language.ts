import { franc } from 'franc';
import { normaliseLanguageTag } from './normalise-language-tag';

// franc reads this many characters (its own default is 2,048); more costs time and rarely changes the answer.
const SAMPLE_CHARS = 4096;
// Below this many letters franc guesses wildly between neighbouring languages.
const MIN_LETTERS = 20;
// Scots shares English's spelling closely enough that franc names it for plain English news
// ("The city council approved…"), and no imported article is in Scots often enough to risk that.
const IGNORED = ['sco'];

/**
 * Guesses the language of `text` from its letters with franc (trigram profiles of 187 languages,
 * scripts such as Han, Hangul, Hebrew or Thai recognised by script), as a BCP 47 tag with the
 * ISO 639-1 code where one exists (`es`, `zh`, `he`), and no region (text cannot tell Dari from
 * Persian, nor Brazil from Portugal, reliably). Returns undefined when the text is too short to
 * tell (fewer than 20 letters) or franc cannot decide.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  return normaliseLanguageTag(franc(sample, { minLength: MIN_LETTERS, ignore: IGNORED }))?.split('-')[0];
}

/**
 * The language an article is in: what the document declares (an HTML `lang`, a PDF's /Lang)
 * when that is a language tag, otherwise the one detected from its text. Undefined when neither
 * says.
 */
export function chooseArticleLanguage(declared: string | undefined, text: string): string | undefined {
  return (declared === undefined ? undefined : normaliseLanguageTag(declared)) ?? detectLanguage(text);
}
