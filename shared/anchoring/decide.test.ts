import { describe, expect, it } from 'vitest';
import { decide, MIN_SCORE, POSITION_DOMINANCE } from './decide';

const at = (start: number, score: number) => ({ start, end: start + 10, score });

describe('decide', () => {
  it('is an orphan without candidates', () => {
    expect(decide([], 0)).toEqual({ status: 'orphan' });
  });

  it('is an orphan carrying the best miss when nothing reaches the minimum score', () => {
    expect(decide([at(100, 0.5), at(300, MIN_SCORE - 0.01)], 0)).toEqual({ status: 'orphan', best: at(300, MIN_SCORE - 0.01) });
  });

  it('anchors the best candidate when no other comes close', () => {
    expect(decide([at(100, 0.9), at(300, 0.99)], 100)).toEqual({ status: 'anchored', candidate: at(300, 0.99) });
  });

  it('is ambiguous between equally good candidates equally far from the old position', () => {
    const result = decide([at(400, 0.98), at(0, 0.99)], 200);
    expect(result).toEqual({ status: 'ambiguous', candidates: [at(0, 0.99), at(400, 0.98)] });
  });

  it('lets the old position pick among equally good candidates when one is far nearer', () => {
    const near = at(110, 0.98);
    const far = at(100 + 10 * POSITION_DOMINANCE + 1, 0.99);
    expect(decide([far, near], 100)).toEqual({ status: 'anchored', candidate: near });
  });

  it('counts a rival just below the minimum score as a tie', () => {
    expect(decide([at(0, MIN_SCORE + 0.005), at(500, MIN_SCORE - 0.005)], 250).status).toBe('ambiguous');
  });

  it('ignores candidates well below the best', () => {
    expect(decide([at(0, 0.99), at(500, 0.9)], 250)).toEqual({ status: 'anchored', candidate: at(0, 0.99) });
  });

  it('counts overlapping candidates as one place, keeping the best score', () => {
    const result = decide([at(100, 0.97), { start: 102, end: 111, score: 0.99 }], 0);
    expect(result).toEqual({ status: 'anchored', candidate: { start: 102, end: 111, score: 0.99 } });
  });

  it('follows the margin and minimum score given as options', () => {
    expect(decide([at(0, 0.9), at(400, 0.8)], 200, { ambiguityMargin: 0.2 }).status).toBe('ambiguous');
    expect(decide([at(0, 0.9)], 0, { minScore: 0.95 }).status).toBe('orphan');
  });
});
