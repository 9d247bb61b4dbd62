import type { SentenceAnalysis } from '../nlp/analyse-sentence';
import type { Cue } from './cue';

/**
 * Named people, organisations and places: runs of proper nouns as wink-nlp tags them, less the
 * ones its recogniser already calls dates ("Tuesday", "January"). A lone capitalised first word
 * is skipped, because the tagger reads many sentence-initial common nouns ("Inspectors") as
 * proper nouns.
 */
export function findNamedEntities(analysis: SentenceAnalysis): Cue[] {
  const names = properNounRuns(analysis);
  if (names.length === 0) return [];
  const list = names
    .slice(0, 2)
    .map((n) => `'${n}'`)
    .join(', ');
  return [{ kind: 'named-entity', weight: 0.1, reason: `names ${list}` }];
}

/** The text of every run of proper nouns in the sentence, dates and lone first words left out. */
export function properNounRuns({ tokens, entities }: SentenceAnalysis): string[] {
  const inDate = (i: number) => entities.some((e) => e.type === 'DATE' && e.first <= i && i <= e.last);
  const runs: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.pos !== 'PROPN' || inDate(i)) continue;
    const start = i;
    while (tokens[i + 1]?.pos === 'PROPN' && !inDate(i + 1)) i++;
    if (start === 0 && i === 0) continue;
    runs.push(
      tokens
        .slice(start, i + 1)
        .map((t) => t.text)
        .join(' '),
    );
  }
  return runs;
}
