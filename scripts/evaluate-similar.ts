import { DEFAULT_SIMILAR_THRESHOLD } from '../shared/similar/similar-index';
import { evaluateSimilar } from '../shared/similar/test-support/evaluate-similar';
import { SIMILAR_HELD_OUT_CASES } from '../shared/similar/test-support/similar-held-out';
import { SIMILAR_CASES } from '../shared/similar/test-support/similar-pairs';

// `npx tsx scripts/evaluate-similar.ts [THRESHOLD ...] [--show]`: recall@5, precision@1 and the
// false-match rate of the similar-claims index on its labelled set, at each threshold given
// (the index's default when none is), and on the held-out cases never tuned on; --show lists
// the misses and false matches.
const args = process.argv.slice(2);
const thresholds = args.filter((a) => a !== '--show').map(Number);
for (const [name, cases] of [
  ['labelled set', SIMILAR_CASES],
  ['held out', SIMILAR_HELD_OUT_CASES],
] as const)
  for (const threshold of thresholds.length > 0 ? thresholds : [DEFAULT_SIMILAR_THRESHOLD]) {
    const result = evaluateSimilar(cases, threshold);
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
    console.log(
      `${name}, threshold ${threshold}: ${result.positives} same-claim pairs, ${result.nearMisses} near-misses; recall@5 ${pct(result.recallAt5)}, precision@1 ${pct(result.precisionAt1)}, false-match rate ${pct(result.falseMatchRate)}`,
    );
    if (args.includes('--show')) {
      for (const m of result.missed) console.log(`  missed: ${m}`);
      for (const f of result.falseMatches) console.log(`  false match: ${f}`);
    }
  }
