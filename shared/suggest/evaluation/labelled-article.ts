import { z } from 'zod';

/** One sentence of the labelled set: check-worthy `claim`, `denial` or `neither`; `evidence` marks a `neither` that reports a source. */
export const labelledSentenceSchema = z.strictObject({
  text: z.string().min(1),
  label: z.enum(['claim', 'denial', 'neither']),
  evidence: z.literal(true).optional(),
});

/** One article of the labelled set (`shared/suggest/dataset/*.json`). `split` keeps tuning apart from the held-out check. */
export const labelledArticleSchema = z.strictObject({
  id: z.string().min(1),
  type: z.string().min(1),
  split: z.enum(['tune', 'held-out']),
  title: z.string().min(1),
  sentences: z.array(labelledSentenceSchema).min(1),
});

export type LabelledSentence = z.infer<typeof labelledSentenceSchema>;
export type LabelledArticle = z.infer<typeof labelledArticleSchema>;

/** Sentences join with one space into the article's text, so every offset is reproducible. */
export const SENTENCE_JOINER = ' ';

/** A labelled sentence with its offsets into the article's text. */
export interface PlacedSentence extends LabelledSentence {
  start: number;
  end: number;
}

/** The article's text (its sentences joined by `SENTENCE_JOINER`) and each sentence's offsets in it. */
export function placeSentences(article: LabelledArticle): { text: string; sentences: PlacedSentence[] } {
  let offset = 0;
  const sentences = article.sentences.map((sentence) => {
    const placed = { ...sentence, start: offset, end: offset + sentence.text.length };
    offset = placed.end + SENTENCE_JOINER.length;
    return placed;
  });
  return { text: article.sentences.map((s) => s.text).join(SENTENCE_JOINER), sentences };
}
