import type { SentenceSpan } from '../../segment';
import type { Suggestion } from '../suggestion';
import { placeSentences, type LabelledArticle } from './labelled-article';
import { scoreArticle, type ArticleCounts } from './score-article';

/** The figures reported for a group of articles. A ratio with nothing to divide by is null. */
export interface Figures {
  articles: number;
  sentences: number;
  /** Mean over the articles of hits among the first ten claim/denial suggestions (or all, if fewer). */
  precisionAt10: number | null;
  /** Claim/denial-labelled sentences suggested as claim or denial, over all of them. */
  recall: number | null;
  denialPrecision: number | null;
  denialRecall: number | null;
  evidencePrecision: number | null;
  evidenceRecall: number | null;
}

/** One line of the evaluation: an article type (or `all`) and a split (or `all`). */
export interface EvaluationRow {
  type: string;
  split: 'tune' | 'held-out' | 'all';
  figures: Figures;
}

/** Ranks the sentences of one article; `suggest` with its defaults unless a test passes another. */
export type Suggester = (text: string, sentences: readonly SentenceSpan[]) => Suggestion[];

/**
 * Runs the suggester over every article and reports, per article type and overall, each split
 * apart and both together: precision@10 and recall of the check-worthy class (claim + denial),
 * precision and recall of denials, and of evidence against the optional evidence marks.
 */
export function evaluateArticles(articles: readonly LabelledArticle[], suggester: Suggester): EvaluationRow[] {
  const scored = articles.map((article) => {
    const { text, sentences } = placeSentences(article);
    return { article, counts: scoreArticle(sentences, suggester(text, sentences)) };
  });
  const types = [...new Set(articles.map((a) => a.type))];
  const rows: EvaluationRow[] = [];
  for (const type of [...types, 'all']) {
    for (const split of ['tune', 'held-out', 'all'] as const) {
      const group = scored.filter(
        ({ article }) => (type === 'all' || article.type === type) && (split === 'all' || article.split === split),
      );
      if (group.length > 0) rows.push({ type, split, figures: summarise(group.map((g) => g.counts)) });
    }
  }
  return rows;
}

function summarise(counts: readonly ArticleCounts[]): Figures {
  const sum = (key: keyof ArticleCounts) => counts.reduce((total, c) => total + c[key], 0);
  const precisions = counts.map((c) => ratio(c.topHits, c.topShown) ?? 0);
  return {
    articles: counts.length,
    sentences: sum('sentences'),
    precisionAt10: ratio(
      precisions.reduce((a, b) => a + b, 0),
      precisions.length,
    ),
    recall: ratio(sum('positivesFound'), sum('positives')),
    denialPrecision: ratio(sum('denialsFound'), sum('denialsSuggested')),
    denialRecall: ratio(sum('denialsFound'), sum('denials')),
    evidencePrecision: ratio(sum('evidenceFound'), sum('evidenceSuggested')),
    evidenceRecall: ratio(sum('evidenceFound'), sum('evidence')),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
