import { describe, expect, it } from 'vitest';
import type { FactCheck } from './fact-check';
import { DEFAULT_RATING_GROUPS } from './rating-groups';
import { remapFactChecks, storedRatings, unmappedFlag } from './remap-fact-checks';

const THEN = '2026-01-01T00:00:00.000Z';
const NOW = new Date('2026-12-07T10:00:00.000Z');

function factCheck(key: string, rating: string | undefined, group?: FactCheck['group']): FactCheck {
  return {
    key,
    claim: `claim ${key}`,
    ...(rating === undefined ? { flagged: 'no rating (reviewRating or textualRating)' } : { rating }),
    ...(group === undefined ? (rating === undefined ? {} : { flagged: unmappedFlag(rating) }) : { group }),
    imported: THEN,
    updated: THEN,
  };
}

describe('remapFactChecks', () => {
  it('maps a rating the edited table now knows, and unflags it', () => {
    const { factChecks, changed, unmapped } = remapFactChecks(
      [factCheck('a', 'Spin'), factCheck('b', 'False', 'false')],
      { ...DEFAULT_RATING_GROUPS, spin: 'mixed' },
      NOW,
    );
    expect(factChecks[0]).toMatchObject({ group: 'mixed', updated: NOW.toISOString() });
    expect(factChecks[0]?.flagged).toBeUndefined();
    expect(factChecks[1]?.updated).toBe(THEN);
    expect({ changed, unmapped }).toEqual({ changed: 1, unmapped: 0 });
  });

  it('moves a rating to the group the analyst chose instead of the default', () => {
    const { factChecks } = remapFactChecks([factCheck('a', 'Misleading', 'mixed')], { misleading: 'false' }, NOW);
    expect(factChecks[0]?.group).toBe('false');
  });

  it('keeps and flags a fact-check whose rating the table no longer maps', () => {
    const { factChecks, unmapped } = remapFactChecks([factCheck('a', 'Satire', 'unverifiable')], { true: 'true' }, NOW);
    expect(factChecks).toHaveLength(1);
    expect(factChecks[0]?.group).toBeUndefined();
    expect(factChecks[0]?.flagged).toContain('"Satire"');
    expect(unmapped).toBe(1);
  });

  it('leaves a fact-check without a rating flagged as it was', () => {
    const before = factCheck('a', undefined);
    expect(remapFactChecks([before], DEFAULT_RATING_GROUPS, NOW).factChecks[0]).toBe(before);
  });
});

describe('storedRatings', () => {
  it('counts each rating once whatever its spelling, most used first, with its group or null', () => {
    const ratings = storedRatings(
      [factCheck('a', 'Half-True', 'mixed'), factCheck('b', 'half true', 'mixed'), factCheck('c', 'Spin')],
      DEFAULT_RATING_GROUPS,
    );
    expect(ratings).toEqual([
      { rating: 'Half-True', count: 2, group: 'mixed' },
      { rating: 'Spin', count: 1, group: undefined },
    ]);
  });
});
