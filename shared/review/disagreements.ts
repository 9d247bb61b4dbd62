import type { RatingScale } from '../model/rating-scale';
import type { AnalystLayer } from './analyst-layer';
import type { BodySentence } from './body-sentences';
import { labelSentences, sameTags, type SentenceLabel } from './sentence-labels';

/**
 * How analysts differ on a sentence: their tags differ, only one of them tagged it, several but
 * not all tagged it, or their claims there carry verdicts in different groups.
 */
export const DISAGREEMENT_KINDS = ['different-tag', 'only-one', 'only-some', 'different-verdict'] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

/** A body sentence the analysts differ on, with each analyst's label (absent: they did not tag it). */
export interface Disagreement {
  sentence: BodySentence;
  kinds: DisagreementKind[];
  labels: ReadonlyMap<string, SentenceLabel>;
}

/** Every analyst's label per sentence, keyed by analyst id then sentence index. */
export type LabelTable = ReadonlyMap<string, ReadonlyMap<number, SentenceLabel>>;

/** Labels every layer's sentences once, for `findDisagreements` and `reviewStateOf`. */
export function buildLabelTable(
  sentences: readonly BodySentence[],
  layers: readonly AnalystLayer[],
  scales: readonly RatingScale[],
): LabelTable {
  return new Map(layers.map((layer) => [layer.analyst.id, labelSentences(sentences, layer.annotations, scales)]));
}

/**
 * The sentences where the analysts of `table` differ, in document order. With fewer than two
 * analysts there is nothing to compare and the list is empty.
 */
export function findDisagreements(sentences: readonly BodySentence[], table: LabelTable): Disagreement[] {
  if (table.size < 2) return [];
  const tagged = new Set<number>();
  for (const labels of table.values()) for (const index of labels.keys()) tagged.add(index);
  const found: Disagreement[] = [];
  for (const index of [...tagged].sort((a, b) => a - b)) {
    const labels = new Map<string, SentenceLabel>();
    for (const [analyst, byIndex] of table) {
      const label = byIndex.get(index);
      if (label) labels.set(analyst, label);
    }
    const kinds = classify([...labels.values()], table.size);
    if (kinds.length > 0) found.push({ sentence: sentences[index]!, kinds, labels });
  }
  return found;
}

function classify(labels: readonly SentenceLabel[], analysts: number): DisagreementKind[] {
  const kinds: DisagreementKind[] = [];
  const [first, ...rest] = labels;
  if (!first) return kinds;
  if (rest.some((label) => !sameTags(first.tags, label.tags))) kinds.push('different-tag');
  if (labels.length === 1) kinds.push('only-one');
  else if (labels.length < analysts) kinds.push('only-some');
  const verdicts = new Set(labels.flatMap((label) => [...label.verdicts]));
  if (verdicts.size > 1) kinds.push('different-verdict');
  return kinds;
}

/** One line for the analyst saying how the analysts differ. */
export function describeDisagreement(kinds: readonly DisagreementKind[]): string {
  const words: Record<DisagreementKind, string> = {
    'different-tag': 'different tags',
    'only-one': 'tagged by only one analyst',
    'only-some': 'not tagged by everyone',
    'different-verdict': 'different verdicts',
  };
  return kinds.map((kind) => words[kind]).join('; ');
}
