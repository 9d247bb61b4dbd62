import { createSimilarIndex, type SimilarIndex } from '../similar-index';
import type { SimilarCase } from './similar-pairs';

/** The figures the similar-claims index is judged by, over a labelled set. */
export interface SimilarEvaluation {
  positives: number;
  nearMisses: number;
  /** Share of same-claim queries whose earlier claim is among the (at most five) matches shown. */
  recallAt5: number;
  /** Share of same-claim queries with any match shown whose first match is their earlier claim. */
  precisionAt1: number;
  /** Share of near-miss queries for which any match is shown. */
  falseMatchRate: number;
  /** The queries that went wrong, to read when tuning. */
  missed: string[];
  falseMatches: string[];
}

/**
 * Indexes every case's earlier claim (each case's claims are the others' distractors), then asks
 * for each same-claim and near-miss query at `threshold`. A query written `text|claimant` is
 * asked with that claimant.
 */
export function evaluateSimilar(cases: readonly SimilarCase[], threshold: number): SimilarEvaluation {
  const index: SimilarIndex = createSimilarIndex();
  cases.forEach((c, n) =>
    index.upsert({ key: `case-${n}`, kind: 'factcheck', text: c.earlier, ...(c.claimant === undefined ? {} : { claimant: c.claimant }) }),
  );
  let found = 0;
  let answered = 0;
  let firstRight = 0;
  let falseMatches = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  let positives = 0;
  let nearMisses = 0;
  cases.forEach((c, n) => {
    for (const query of c.same) {
      positives += 1;
      const matches = index.search(toQuery(query), { limit: 5, threshold });
      if (matches.some((m) => m.entry.key === `case-${n}`)) found += 1;
      else missed.push(query);
      if (matches.length > 0) answered += 1;
      if (matches[0]?.entry.key === `case-${n}`) firstRight += 1;
    }
    for (const query of c.different) {
      nearMisses += 1;
      const matches = index.search(toQuery(query), { limit: 5, threshold });
      if (matches.length > 0) {
        falseMatches += 1;
        wrong.push(`${query} → ${matches[0]!.entry.text} (${matches[0]!.score})`);
      }
    }
  });
  return {
    positives,
    nearMisses,
    recallAt5: found / positives,
    precisionAt1: answered === 0 ? 0 : firstRight / answered,
    falseMatchRate: falseMatches / nearMisses,
    missed,
    falseMatches: wrong,
  };
}

function toQuery(query: string): { text: string; claimant?: string } {
  const [text, claimant] = query.split('|');
  return claimant === undefined ? { text: text! } : { text: text!, claimant };
}
