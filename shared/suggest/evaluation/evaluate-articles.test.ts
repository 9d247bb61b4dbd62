import { describe, expect, it } from 'vitest';
import { evaluateArticles, type Suggester } from './evaluate-articles';
import { formatEvaluation } from './format-evaluation';
import type { LabelledArticle } from './labelled-article';

const make = (
  id: string,
  type: string,
  split: LabelledArticle['split'],
  labels: LabelledArticle['sentences'][number]['label'][],
): LabelledArticle => ({
  id,
  type,
  split,
  title: id,
  sentences: labels.map((label, i) => ({ text: `Sentence ${i}.`, label })),
});

// Suggests exactly the sentences labelled claim or denial, as claims.
const perfectClaims: Suggester = (text, sentences) =>
  sentences
    .map((s, i) => ({ ...s, text: text.slice(s.start, s.end), tag: 'claim' as const, score: 1 - i / 100, reasons: [] }))
    .filter((_, i) => i % 2 === 0);

describe('evaluateArticles', () => {
  it('reports each type and split, both splits together, and all types', () => {
    const rows = evaluateArticles(
      [
        make('a', 'courts', 'tune', ['claim', 'neither', 'denial', 'neither']),
        make('b', 'courts', 'held-out', ['claim', 'neither', 'neither', 'claim']),
      ],
      perfectClaims,
    );
    expect(rows.map((r) => `${r.type}/${r.split}`)).toEqual([
      'courts/tune',
      'courts/held-out',
      'courts/all',
      'all/tune',
      'all/held-out',
      'all/all',
    ]);
    expect(rows[0]?.figures).toMatchObject({
      articles: 1,
      sentences: 4,
      precisionAt10: 1,
      recall: 1,
      denialPrecision: null,
      denialRecall: 0,
    });
    // Article b: sentences 0 and 2 suggested, only 0 is a claim; its claim at 3 is missed.
    expect(rows[1]?.figures).toMatchObject({ precisionAt10: 0.5, recall: 0.5 });
    expect(rows[2]?.figures).toMatchObject({ articles: 2, precisionAt10: 0.75, recall: 0.75 });
  });

  it('formats the rows as a table with a dash where nothing was suggested', () => {
    const table = formatEvaluation(evaluateArticles([make('a', 'local', 'tune', ['claim', 'neither'])], perfectClaims));
    expect(table.split('\n')[0]).toMatch(/^\| type +\| split +\| articles \| sentences \| P@10 \| recall \| denial P \| denial R/);
    expect(table).toContain('| local | tune');
    expect(table).toContain('1.00');
    expect(table).toContain('–');
  });
});
