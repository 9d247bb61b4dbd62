import type { Annotation, Tag } from '../model/annotation';
import type { VerdictGroup } from '../model/claim-record';
import { readVerdict } from '../verdict/verdict-group';
import type { RatingScale } from '../model/rating-scale';
import type { BodySentence } from './body-sentences';

/** What one analyst said about one sentence: the tags of their highlights over it, and the verdicts of their claims there. */
export interface SentenceLabel {
  tags: ReadonlySet<Tag>;
  /** Verdict groups of claim annotations over the sentence (unmappable verdicts by their lower-cased label). */
  verdicts: ReadonlySet<VerdictGroup | `label:${string}`>;
  annotationIds: readonly string[];
}

/**
 * The sentences an annotation covers: every body sentence its position overlaps by at least one
 * character. Sentences are sorted and disjoint, so the first is found by binary search.
 */
export function coveredSentences(sentences: readonly BodySentence[], annotation: Annotation): BodySentence[] {
  const { start, end } = annotation.target.selector.position;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const covered: BodySentence[] = [];
  for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) covered.push(sentences[i]!);
  return covered;
}

/** The verdict of a claim annotation as something comparable across scales, or undefined without one. */
export function verdictKey(annotation: Annotation, scales: readonly RatingScale[]): VerdictGroup | `label:${string}` | undefined {
  const verdict = annotation.body.claim?.verdict;
  if (!verdict) return undefined;
  const reading = readVerdict(verdict, scales);
  return reading.ok ? reading.group : `label:${verdict.label.toLowerCase()}`;
}

/** One analyst's label for each body sentence they tagged, by sentence index; untagged sentences are absent. */
export function labelSentences(
  sentences: readonly BodySentence[],
  annotations: readonly Annotation[],
  scales: readonly RatingScale[],
): Map<number, SentenceLabel> {
  const labels = new Map<number, { tags: Set<Tag>; verdicts: Set<VerdictGroup | `label:${string}`>; annotationIds: string[] }>();
  for (const annotation of annotations) {
    const verdict = verdictKey(annotation, scales);
    for (const sentence of coveredSentences(sentences, annotation)) {
      let label = labels.get(sentence.index);
      if (!label) labels.set(sentence.index, (label = { tags: new Set(), verdicts: new Set(), annotationIds: [] }));
      label.tags.add(annotation.body.tag);
      if (verdict) label.verdicts.add(verdict);
      label.annotationIds.push(annotation.id);
    }
  }
  return labels;
}

/** Whether two tag sets hold the same tags. */
export function sameTags(a: ReadonlySet<Tag>, b: ReadonlySet<Tag>): boolean {
  return a.size === b.size && [...a].every((tag) => b.has(tag));
}
