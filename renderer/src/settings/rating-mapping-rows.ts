import { foldRating } from '../../../shared/factcheck/rating-groups';
import type { StoredRating } from '../../../shared/ipc/similar-contract';
import type { VerdictGroup } from '../../../shared/model/claim-record';

/** One row of the rating mapping editor: a rating (as folded for matching), its group in the table, and how many stored fact-checks carry it. */
export interface MappingRow {
  key: string;
  /** As a fact-check spelt it, else as the table has it. */
  label: string;
  group: VerdictGroup | null;
  count: number;
}

/**
 * The editor's rows: every rating in the table and every rating the stored fact-checks carry, once
 * each (folded as matching folds them). Ratings the fact-checks carry come first, most used first,
 * so an unmapped one is in sight; then the rest of the table in alphabetical order.
 */
export function mappingRows(table: Readonly<Record<string, VerdictGroup>>, stored: readonly StoredRating[]): MappingRow[] {
  const folded = new Map(Object.entries(table).map(([label, group]) => [foldRating(label), { label, group }]));
  const rows: MappingRow[] = [];
  const seen = new Set<string>();
  for (const rating of [...stored].sort((a, b) => b.count - a.count)) {
    const key = foldRating(rating.rating);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ key, label: rating.rating, group: folded.get(key)?.group ?? null, count: rating.count });
  }
  const rest = [...folded.entries()].filter(([key]) => !seen.has(key)).sort(([a], [b]) => a.localeCompare(b));
  for (const [key, { label, group }] of rest) rows.push({ key, label, group, count: 0 });
  return rows;
}
