import { createSimilarIndex, type SimilarIndex } from '../similar-index';
import type { SimilarCase } from './similar-pairs';

/** The figures the similar-claims index is judged by, over a labelled set or one language group of it. */
export interface SimilarFigures {
  positives: number;
  nearMisses: number;
  /** Share of same-claim queries whose earlier claim is among the (at most five) matches shown. */
  recallAt5: number;
  /** Share of same-claim queries with any match shown whose first match is their earlier claim. */
  precisionAt1: number;
  /** Share of near-miss queries for which any match is shown. */
  falseMatchRate: number;
}

/** The figures over the whole set, per language group, and the queries that went wrong. */
export interface SimilarEvaluation extends SimilarFigures {
  byLanguage: Map<string, SimilarFigures>;
  /** The queries that went wrong, to read when tuning. */
  missed: string[];
  wrongFirst: string[];
  falseMatches: string[];
}

/** How the set is indexed: `distractors` also indexes every near-miss, as a library holding the opposite claim would. */
export interface EvaluationOptions {
  distractors?: boolean;
}

interface Tally {
  positives: number;
  nearMisses: number;
  found: number;
  answered: number;
  firstRight: number;
  falseMatches: number;
}

/**
 * Indexes every case's earlier claim (each case's claims are the others' distractors) and, with
 * `distractors`, every near-miss too; then asks for each same-claim and near-miss query at
 * `threshold`. A near-miss never finds itself (its own entry is excluded), so with distractors a
 * false match is a match to another text. A query written `text|claimant` is asked with that
 * claimant.
 */
export function evaluateSimilar(cases: readonly SimilarCase[], threshold: number, options: EvaluationOptions = {}): SimilarEvaluation {
  const index: SimilarIndex = createSimilarIndex();
  cases.forEach((c, n) => {
    const claimant = c.claimant === undefined ? {} : { claimant: c.claimant };
    index.upsert({ key: `case-${n}`, kind: 'factcheck', text: c.earlier, ...claimant });
    if (options.distractors)
      c.different.forEach((text, m) => index.upsert({ key: `miss-${n}-${m}`, kind: 'factcheck', text, ...claimant }));
  });
  const tallies = new Map<string, Tally>();
  const all = newTally();
  const missed: string[] = [];
  const wrongFirst: string[] = [];
  const wrong: string[] = [];
  cases.forEach((c, n) => {
    const language = c.language ?? 'en';
    const group = tallies.get(language) ?? newTally();
    tallies.set(language, group);
    const count = (field: keyof Tally): void => {
      group[field] += 1;
      all[field] += 1;
    };
    for (const query of c.same) {
      count('positives');
      const matches = index.search(toQuery(query), { limit: 5, threshold });
      if (matches.some((m) => m.entry.key === `case-${n}`)) count('found');
      else missed.push(query);
      if (matches.length > 0) count('answered');
      if (matches[0]?.entry.key === `case-${n}`) count('firstRight');
      else if (matches[0] !== undefined) wrongFirst.push(`${query} → ${matches[0].entry.text} (${matches[0].score})`);
    }
    c.different.forEach((query, m) => {
      count('nearMisses');
      const matches = index.search({ ...toQuery(query), exclude: [`miss-${n}-${m}`] }, { limit: 5, threshold });
      if (matches.length > 0) {
        count('falseMatches');
        wrong.push(`${query} → ${matches[0]!.entry.text} (${matches[0]!.score})`);
      }
    });
  });
  return {
    ...figuresOf(all),
    byLanguage: new Map([...tallies].map(([language, tally]) => [language, figuresOf(tally)])),
    missed,
    wrongFirst,
    falseMatches: wrong,
  };
}

function newTally(): Tally {
  return { positives: 0, nearMisses: 0, found: 0, answered: 0, firstRight: 0, falseMatches: 0 };
}

function figuresOf(t: Tally): SimilarFigures {
  return {
    positives: t.positives,
    nearMisses: t.nearMisses,
    recallAt5: t.found / Math.max(t.positives, 1),
    precisionAt1: t.answered === 0 ? 0 : t.firstRight / t.answered,
    falseMatchRate: t.falseMatches / Math.max(t.nearMisses, 1),
  };
}

function toQuery(query: string): { text: string; claimant?: string } {
  const [text, claimant] = query.split('|');
  return claimant === undefined ? { text: text! } : { text: text!, claimant };
}
