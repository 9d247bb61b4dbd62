import { describe, expect, it } from 'vitest';
import { loadDataset } from './evaluate-suggester';
import { evaluateSuggesterOnOpinion, FRESH_OPINION_DATASET_DIR, OPINION_DATASET_DIR } from './evaluate-suggester-opinion';

describe('the opinion-heavy labelled set', () => {
  it('holds at least three articles of each genre: vox pops, columns and council rows, with a held-out one each', async () => {
    const articles = await loadDataset(OPINION_DATASET_DIR);
    for (const type of ['vox-pop', 'column', 'council']) {
      const ofType = articles.filter((a) => a.type === type);
      expect(ofType.length, type).toBeGreaterThanOrEqual(3);
      expect(
        ofType.some((a) => a.split === 'held-out'),
        type,
      ).toBe(true);
    }
  });
});

describe('evaluateSuggesterOnOpinion', () => {
  // Floors a little under the figures measured after the fresh set's fixes (shared/suggest
  // README): 0.70 on vox pops, 0.89 on columns, 0.78 on council rows. Before the opinion cues
  // P@10 was 0.44 on vox pops, 0.66 on columns, 0.63 on council rows.
  it('keeps precision@10 per genre above its floor', async () => {
    const rows = await evaluateSuggesterOnOpinion();
    const p10 = (type: string) => rows.find((r) => r.type === type && r.split === 'all')?.figures.precisionAt10;
    for (const [type, floor] of [
      ['vox-pop', 0.66],
      ['column', 0.85],
      ['council', 0.74],
      ['all', 0.75],
    ] as const) {
      expect(p10(type), type).toBeGreaterThanOrEqual(floor);
    }
  });

  // The fresh set scored 0.68 / 0.88 / 0.70 unseen and 0.76 / 0.88 / 0.75 after the fixes made
  // looking at it; floors a little under the figures after, with recall kept where it was.
  it('keeps precision@10 per genre on the fresh set above its floor, without losing recall', async () => {
    const rows = await evaluateSuggesterOnOpinion(FRESH_OPINION_DATASET_DIR);
    const all = (type: string) => rows.find((r) => r.type === type && r.split === 'all')?.figures;
    for (const [type, floor] of [
      ['vox-pop', 0.72],
      ['column', 0.84],
      ['council', 0.72],
      ['all', 0.77],
    ] as const) {
      expect(all(type)?.precisionAt10, type).toBeGreaterThanOrEqual(floor);
    }
    expect(all('all')?.recall).toBeGreaterThanOrEqual(0.88);
  });
});
