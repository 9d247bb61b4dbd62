import { describe } from '../../shared/anchoring';
import { TAGS, type Annotation, type Creator } from '../../shared/model/annotation';
import { segmentText } from '../../shared/segment';

/**
 * `count` annotations spread evenly over the sentences of `text` (wrapping round, with a different
 * tag each time, when there are more annotations than sentences), as the app would store them.
 * Sentences starting inside `untagged` ([start, end) of `text`) get none, so a benchmark can tag
 * sentences that had no tag.
 */
export function generateAnnotations(
  text: string,
  documentId: string,
  creator: Creator,
  count: number,
  untagged?: { start: number; end: number },
): Annotation[] {
  const sentences = segmentText(text).filter((s) => untagged === undefined || s.start < untagged.start || s.start >= untagged.end);
  const stride = Math.max(1, Math.floor(sentences.length / count));
  const time = new Date('2026-01-01T00:00:00Z').toISOString();
  return Array.from({ length: count }, (_, i) => {
    const sentence = sentences[(i * stride) % sentences.length]!;
    return {
      schemaVersion: 1,
      id: `bench-${i}`,
      documentId,
      creator,
      created: time,
      modified: time,
      body: { tag: TAGS[Math.floor((i * stride) / sentences.length) % TAGS.length]!, note: '' },
      target: { source: documentId, selector: describe(text, sentence.start, sentence.end) },
    };
  });
}
