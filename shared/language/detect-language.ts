import { francAll } from 'franc';
import { normaliseLanguageTag } from './normalise-language-tag';

// franc reads this many characters (its own default is 2,048); more costs time and rarely changes the answer.
const SAMPLE_CHARS = 4096;
// Below this many letters franc guesses wildly between neighbouring languages.
const MIN_LETTERS = 20;
// Scots shares English's spelling closely enough that franc names it for plain English news
// ("The city council approved…"), and no imported article is in Scots often enough to risk that.
const IGNORED = ['sco'];
// A declared language scoring at least this (the best scores 1) is believed: neighbours such as
// Galician and Portuguese, or Bosnian and Croatian, score 0.9 and more against each other, so
// text alone cannot overrule a page that names one of them. A page whose template says "en"
// over Spanish text scores far lower, and the text wins.
const PLAUSIBLE_SCORE = 0.85;

/**
 * Guesses the language of `text` from its letters with franc (trigram profiles of 187 languages,
 * scripts such as Han, Hangul, Hebrew or Thai recognised by script), as a BCP 47 tag with the
 * ISO 639-1 code where one exists (`es`, `zh`, `he`), and no region (text cannot tell Dari from
 * Persian, nor Brazil from Portugal, reliably). Returns undefined when the text is too short to
 * tell (fewer than 20 letters) or franc cannot decide.
 */
export function detectLanguage(text: string): string | undefined {
  return rankLanguages(text)[0]?.[0];
}

/**
 * The language an article is in: what the document declares (an HTML `lang`, a PDF's /Lang),
 * normalised, when it is a language tag and the text could be in that language; otherwise the
 * one detected from the text. Undefined when neither tells.
 */
export function chooseArticleLanguage(declared: string | undefined, text: string): string | undefined {
  const tag = declared === undefined ? undefined : normaliseLanguageTag(declared);
  const ranked = rankLanguages(text);
  if (tag === undefined) return ranked[0]?.[0];
  if (ranked.length === 0) return tag;
  const primary = primaryLanguage(tag);
  const score = ranked.find(([lang]) => lang === primary)?.[1] ?? 0;
  return score >= PLAUSIBLE_SCORE ? tag : ranked[0]![0];
}

/** Candidate languages as [primary ISO 639-1 or 639-3 code, score from 1 down], best first. */
function rankLanguages(text: string): Array<[string, number]> {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return [];
  const ranked: Array<[string, number]> = [];
  for (const [code, score] of francAll(sample, { minLength: MIN_LETTERS, ignore: IGNORED })) {
    if (score < PLAUSIBLE_SCORE) break;
    const tag = normaliseLanguageTag(code);
    if (tag !== undefined) ranked.push([primaryLanguage(tag), score]);
  }
  return ranked;
}

function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!;
}
