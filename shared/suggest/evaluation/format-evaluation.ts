import type { EvaluationRow } from './evaluate-articles';

const COLUMNS = ['type', 'split', 'articles', 'sentences', 'P@10', 'recall', 'denial P', 'denial R', 'evidence P', 'evidence R'];

/** The evaluation as a Markdown table, ratios to two decimals and `–` where there was nothing to divide by. */
export function formatEvaluation(rows: readonly EvaluationRow[]): string {
  const lines = rows.map(({ type, split, figures: f }) => [
    type,
    split,
    String(f.articles),
    String(f.sentences),
    ...[f.precisionAt10, f.recall, f.denialPrecision, f.denialRecall, f.evidencePrecision, f.evidenceRecall].map(show),
  ]);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const row = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [row(COLUMNS), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

function show(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}
