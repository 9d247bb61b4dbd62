import { francAll } from 'franc';
import { alphabetRulesOut } from './alphabet-evidence';
import { NEWS_LANGUAGES } from './news-languages';
import { normaliseLanguageTag } from './normalise-language-tag';

// franc reads this many characters (its own default is 2,048); more costs time and rarely changes the answer.
const SAMPLE_CHARS = 4096;
// Below this many letters franc guesses wildly between neighbouring languages.
const MIN_LETTERS = 20;
// A declared language scoring at least this (the best scores 1) is believed: neighbours such as
// Galician and Portuguese, or Bosnian and Croatian, score 0.9 and more against each other, so
// text alone cannot overrule a page that names one of them. A page whose template says "en"
// over Spanish text scores far lower, and the text wins.
const PLAUSIBLE_SCORE = 0.85;

/**
 * Guesses the language of `text` from its letters with franc (trigram profiles, scripts such as
 * Han, Hangul, Hebrew or Thai recognised by script), among the languages news is published in
 * (NEWS_LANGUAGES) and with the alphabets of Cyrillic neighbours told apart by their own letters
 * (alphabetRulesOut), so a paragraph of Dutch is not Afrikaans nor Russian Bulgarian; as a BCP 47 tag with the
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
  const candidates = francAll(sample, { minLength: MIN_LETTERS, only: [...NEWS_LANGUAGES] }).filter(
    ([code]) => !alphabetRulesOut(code, sample, letters),
  );
  const best = candidates[0]?.[1] ?? 0;
  if (best <= 0) return [];
  for (const [code, francScore] of candidates) {
    // Relative to the best candidate left, as franc scores relative to its best.
    const score = francScore / best;
    if (score < PLAUSIBLE_SCORE) break;
    const tag = normaliseLanguageTag(code);
    if (tag !== undefined) ranked.push([primaryLanguage(tag), score]);
  }
  return ranked;
}

function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!;
}
