import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../suggestion';
import { placeSentences, type LabelledArticle } from './labelled-article';
import { scoreArticle } from './score-article';

const article: LabelledArticle = {
  id: 'a',
  type: 'local',
  split: 'tune',
  title: 'A',
  sentences: [
    { text: 'One.', label: 'claim' },
    { text: 'Two.', label: 'denial' },
    { text: 'Three.', label: 'neither', evidence: true },
    { text: 'Four.', label: 'neither' },
    { text: 'Five.', label: 'claim' },
  ],
};

describe('placeSentences', () => {
  it('joins the sentences with one space and gives offsets that index the text', () => {
    const { text, sentences } = placeSentences(article);
    expect(text).toBe('One. Two. Three. Four. Five.');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('scoreArticle', () => {
  it('counts the claim/denial ranking, denials and evidence against the labels', () => {
    const { sentences } = placeSentences(article);
    const at = (i: number, tag: Suggestion['tag']): Suggestion => {
      const s = sentences[i];
      if (!s) throw new Error('no such sentence');
      return { start: s.start, end: s.end, text: s.text, tag, score: 1 - i / 10, reasons: [] };
    };
    const counts = scoreArticle(sentences, [at(0, 'claim'), at(1, 'denial'), at(2, 'evidence'), at(3, 'denial')]);
    expect(counts).toEqual({
      sentences: 5,
      positives: 3,
      topShown: 3,
      topHits: 2,
      positivesFound: 2,
      denials: 1,
      denialsSuggested: 2,
      denialsFound: 1,
      evidence: 1,
      evidenceSuggested: 1,
      evidenceFound: 1,
    });
  });
});
