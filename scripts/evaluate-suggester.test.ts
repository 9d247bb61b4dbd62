import { describe, expect, it } from 'vitest';
import { documentOrderSuggester, evaluateSuggester, loadDataset } from './evaluate-suggester';
import { evaluateArticles } from '../shared/suggest/evaluation/evaluate-articles';

describe('the labelled set', () => {
  it('holds at least 15 articles and 300 sentences of several types, with a held-out split', async () => {
    const articles = await loadDataset();
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(articles.flatMap((a) => a.sentences).length).toBeGreaterThanOrEqual(300);
    expect(new Set(articles.map((a) => a.type)).size).toBeGreaterThanOrEqual(6);
    expect(articles.filter((a) => a.split === 'held-out').length).toBeGreaterThanOrEqual(5);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });
});

describe('evaluateSuggester', () => {
  // Floors a little under the figures measured when the suggester was written (README of
  // shared/suggest), so a change that breaks a feature fails here.
  it('keeps precision@10 and recall of check-worthy sentences, and denial precision and recall, above their floors', async () => {
    const rows = await evaluateSuggester();
    const row = (split: string) => rows.find((r) => r.type === 'all' && r.split === split)?.figures;
    for (const [split, floors] of [
      ['tune', { precisionAt10: 0.78, recall: 0.88, denialPrecision: 0.85, denialRecall: 0.8 }],
      ['held-out', { precisionAt10: 0.75, recall: 0.85, denialPrecision: 0.75, denialRecall: 0.65 }],
    ] as const) {
      const figures = row(split);
      for (const [name, floor] of Object.entries(floors))
        expect(figures?.[name as keyof typeof floors], `${split} ${name}`).toBeGreaterThanOrEqual(floor);
    }
  });

  it('beats offering every sentence in document order', async () => {
    const overall = (await evaluateSuggester()).find((r) => r.type === 'all' && r.split === 'all')?.figures;
    const baseline = evaluateArticles(await loadDataset(), documentOrderSuggester).find(
      (r) => r.type === 'all' && r.split === 'all',
    )?.figures;
    expect(overall?.precisionAt10).toBeGreaterThan((baseline?.precisionAt10 ?? 1) + 0.1);
  });
});
