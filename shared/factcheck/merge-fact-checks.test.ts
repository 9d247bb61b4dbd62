import { describe, expect, it } from 'vitest';
import { mergeFactChecks } from './merge-fact-checks';
import { mapRating } from './rating-groups';
import type { ClaimReviewItem } from './read-claim-reviews';

const item = (over: Partial<ClaimReviewItem>): ClaimReviewItem => ({
  where: 'item',
  claim: 'Wind turbines cause cancer',
  ratings: ['False'],
  ...over,
});
const first = new Date('2026-12-01T10:00:00Z');
const later = new Date('2026-12-07T10:00:00Z');

describe('mapRating', () => {
  it.each([
    ['True', 'true'],
    ['MOSTLY TRUE', 'true'],
    ['Half-True', 'mixed'],
    ['Mixed', 'mixed'],
    ['Misleading', 'mixed'],
    ['Missing context', 'mixed'],
    ['Partly false', 'mixed'],
    ['Mostly False', 'false'],
    ['false', 'false'],
    ['Pants on Fire!', 'false'],
    ['False information', 'false'],
    ['Altered', 'false'],
    ['Unproven', 'unverifiable'],
    ['Satire', 'unverifiable'],
  ])('maps "%s" to %s', (label, group) => {
    expect(mapRating([label])).toBe(group);
  });

  it('tries alternateName before the textual rating, and an edited table wins', () => {
    expect(mapRating(['Baseless', 'False'])).toBe('false');
    expect(mapRating(['Baseless'])).toBeUndefined();
    expect(mapRating(['Baseless'], { baseless: 'unverifiable' })).toBe('unverifiable');
  });
});

describe('mergeFactChecks', () => {
  it('counts new reviews as imported and a re-import of the same review URL as updated', () => {
    const once = mergeFactChecks([], [item({ url: 'https://a.example/1' }), item({ url: 'https://a.example/2', claim: 'Other' })], first);
    expect([once.imported, once.updated]).toEqual([2, 0]);
    const again = mergeFactChecks(once.factChecks, [item({ url: 'https://a.example/1', ratings: ['Mostly false'] })], later);
    expect([again.imported, again.updated]).toEqual([0, 1]);
    expect(again.factChecks).toHaveLength(2);
    expect(again.factChecks[0]).toMatchObject({
      rating: 'Mostly false',
      group: 'false',
      imported: first.toISOString(),
      updated: later.toISOString(),
    });
  });

  it('recognises a review without a URL by its claim text and publisher', () => {
    const once = mergeFactChecks([], [item({ publisher: 'Desk' })], first);
    const again = mergeFactChecks(
      once.factChecks,
      [item({ claim: 'wind turbines  CAUSE cancer', publisher: 'desk' }), item({ publisher: 'Other desk' })],
      later,
    );
    expect([again.imported, again.updated]).toEqual([1, 1]);
  });

  it('keeps and flags an unmapped or missing rating', () => {
    const merged = mergeFactChecks(
      [],
      [item({ url: 'u1', ratings: ['Four Pinocchios and a half'] }), item({ url: 'u2', ratings: [] })],
      first,
    );
    expect(merged.factChecks).toHaveLength(2);
    expect(merged.factChecks[0]?.group).toBeUndefined();
    expect(merged.flagged).toEqual([
      { where: 'item', reason: 'the rating "Four Pinocchios and a half" is not in the rating mapping table' },
      { where: 'item', reason: 'no rating (reviewRating or textualRating)' },
    ]);
  });
});
