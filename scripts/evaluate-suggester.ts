/**
 * Scores the offline suggester on its labelled set (shared/suggest/dataset) and prints the table:
 * precision@10 and recall of check-worthy sentences (claim + denial), denial precision and recall,
 * and evidence, per article type and overall, tuning and held-out articles apart.
 * Run: `npx tsx scripts/evaluate-suggester.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { suggest } from '../shared/suggest';
import { evaluateArticles, type EvaluationRow, type Suggester } from '../shared/suggest/evaluation/evaluate-articles';
import { formatEvaluation } from '../shared/suggest/evaluation/format-evaluation';
import { labelledArticleSchema, type LabelledArticle } from '../shared/suggest/evaluation/labelled-article';

/** Where the labelled articles live. */
export const DATASET_DIR = fileURLToPath(new URL('../shared/suggest/dataset/', import.meta.url));

/** Reads and validates every article of the labelled set; a malformed file throws, naming it. */
export async function loadDataset(dir = DATASET_DIR): Promise<LabelledArticle[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (name) => {
      const parsed = labelledArticleSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
      return parsed.data;
    }),
  );
}

/** The evaluation rows for the labelled set with `suggest`'s defaults: what the table shows and tests assert on. */
export async function evaluateSuggester(dir = DATASET_DIR): Promise<EvaluationRow[]> {
  return evaluateArticles(await loadDataset(dir), (text, sentences) => suggest(text, sentences));
}

/**
 * What the figures mean without a suggester: every sentence offered as a claim in document order,
 * so precision@10 is the share of check-worthy sentences among each article's first ten.
 */
export const documentOrderSuggester: Suggester = (text, sentences) =>
  sentences.map((span, index) => ({
    ...span,
    text: text.slice(span.start, span.end),
    tag: 'claim',
    score: 1 - index / sentences.length,
    reasons: [],
  }));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const rows = await evaluateSuggester();
  const seconds = (performance.now() - started) / 1000;
  console.log(formatEvaluation(rows));
  console.log(`\nBaseline: every sentence, in document order\n`);
  const baseline = evaluateArticles(await loadDataset(), documentOrderSuggester).filter((row) => row.type === 'all');
  console.log(formatEvaluation(baseline));
  console.log(`\n(${seconds.toFixed(1)} s; P@10 counts the first ten claim/denial suggestions, or all if fewer)`);
}
