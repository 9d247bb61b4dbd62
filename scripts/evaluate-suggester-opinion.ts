/**
 * Scores the offline suggester on the opinion-heavy local sets (shared/suggest/dataset-opinion
 * and the fresh dataset-opinion-fresh: vox pops, columns, council rows), where most sentences are
 * opinions and reactions with nothing to check, and prints the tables per genre beside the main
 * set's overall row.
 * Run: `npx tsx scripts/evaluate-suggester-opinion.ts`.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { suggest } from '../shared/suggest';
import { evaluateArticles, type EvaluationRow } from '../shared/suggest/evaluation/evaluate-articles';
import { formatEvaluation } from '../shared/suggest/evaluation/format-evaluation';
import { documentOrderSuggester, evaluateSuggester, loadDataset } from './evaluate-suggester';

/** Where the opinion-heavy labelled articles live (same format as the main set). */
export const OPINION_DATASET_DIR = fileURLToPath(new URL('../shared/suggest/dataset-opinion/', import.meta.url));

/**
 * The fresh opinion-heavy set: six articles written after the first set's fixes, first scored
 * unseen (shared/suggest README), then looked at for the fixes that followed.
 */
export const FRESH_OPINION_DATASET_DIR = fileURLToPath(new URL('../shared/suggest/dataset-opinion-fresh/', import.meta.url));

/** The evaluation rows for an opinion-heavy set (the first one unless `dir` says) with `suggest`'s defaults. */
export async function evaluateSuggesterOnOpinion(dir = OPINION_DATASET_DIR): Promise<EvaluationRow[]> {
  return evaluateArticles(await loadDataset(dir), (text, sentences) => suggest(text, sentences));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatEvaluation(await evaluateSuggesterOnOpinion()));
  console.log(`\nThe fresh set (dataset-opinion-fresh)\n`);
  console.log(formatEvaluation(await evaluateSuggesterOnOpinion(FRESH_OPINION_DATASET_DIR)));
  console.log(`\nBaseline: every sentence, in document order\n`);
  console.log(
    formatEvaluation(evaluateArticles(await loadDataset(OPINION_DATASET_DIR), documentOrderSuggester).filter((row) => row.split === 'all')),
  );
  console.log(
    formatEvaluation(
      evaluateArticles(await loadDataset(FRESH_OPINION_DATASET_DIR), documentOrderSuggester).filter((row) => row.split === 'all'),
    ),
  );
  console.log(`\nThe main labelled set, for comparison\n`);
  console.log(formatEvaluation((await evaluateSuggester()).filter((row) => row.type === 'all')));
}
