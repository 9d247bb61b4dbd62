import { DEFAULT_SIMILAR_THRESHOLD } from '../shared/similar/similar-index';
import { evaluateSimilar, type SimilarFigures } from '../shared/similar/test-support/evaluate-similar';
import { SIMILAR_HELD_OUT_CASES } from '../shared/similar/test-support/similar-held-out';
import { SIMILAR_MULTILINGUAL_CASES } from '../shared/similar/test-support/similar-multilingual';
import { SIMILAR_CASES } from '../shared/similar/test-support/similar-pairs';

// `npx tsx scripts/evaluate-similar.ts [THRESHOLD ...] [--show]`: recall@5, precision@1 and the
// false-match rate of the similar-claims index at each threshold given (the index's default when
// none is), on the labelled set (English and other languages), and on the held-out cases never
// tuned on; each once with only the earlier claims indexed and once with the near-misses indexed
// beside them as distractors, the whole set and per language group. --show lists the misses,
// wrong first matches and false matches.
const args = process.argv.slice(2);
const thresholds = args.filter((a) => a !== '--show').map(Number);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const line = (f: SimilarFigures): string =>
  `${f.positives} same-claim pairs, ${f.nearMisses} near-misses; recall@5 ${pct(f.recallAt5)}, precision@1 ${pct(f.precisionAt1)}, false-match rate ${pct(f.falseMatchRate)}`;
for (const [name, cases] of [
  ['labelled set', [...SIMILAR_CASES, ...SIMILAR_MULTILINGUAL_CASES]],
  ['held out', SIMILAR_HELD_OUT_CASES],
] as const)
  for (const threshold of thresholds.length > 0 ? thresholds : [DEFAULT_SIMILAR_THRESHOLD])
    for (const distractors of [false, true]) {
      const result = evaluateSimilar(cases, threshold, { distractors });
      console.log(`${name}, threshold ${threshold}, ${distractors ? 'near-misses indexed too' : 'earlier claims only'}: ${line(result)}`);
      if (result.byLanguage.size > 1) for (const [language, figures] of result.byLanguage) console.log(`  ${language}: ${line(figures)}`);
      if (args.includes('--show')) {
        for (const m of result.missed) console.log(`  missed: ${m}`);
        for (const w of result.wrongFirst) console.log(`  wrong first: ${w}`);
        for (const f of result.falseMatches) console.log(`  false match: ${f}`);
      }
    }
