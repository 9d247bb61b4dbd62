import { foldWord } from './fold-word';

/** Titles and roles that come and go around a name ("President Biden", "Mr Sunak"); not part of who it is. */
const TITLES = new Set(
  'president vice prime minister senator sen rep representative congressman congresswoman governor gov mayor mr mrs ms dr sir dame lord lady former secretary chancellor premier minister leader king queen prince general gen jr sr the of'.split(
    ' ',
  ),
);

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * The words that identify a claimant, folded ("President Joseph R. Biden Jr." → joseph, biden):
 * titles, roles and initials dropped, so other names for the same person still share a word.
 */
export function claimantTerms(name: string): string[] {
  const terms: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(name.normalize('NFKC'))) {
    if (!isWordLike) continue;
    const term = foldWord(segment);
    if (term.length < 2 || TITLES.has(term) || terms.includes(term)) continue;
    terms.push(term);
  }
  return terms;
}
