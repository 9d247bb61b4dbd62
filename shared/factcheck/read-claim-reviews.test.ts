import { describe, expect, it } from 'vitest';
import { readClaimReviewBlocks, readClaimReviews } from './read-claim-reviews';

const review = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://checker.example/checks/ohio-jobs',
  claimReviewed: 'Unemployment in Ohio rose to 15 per cent.',
  datePublished: '2026-03-02',
  author: { '@type': 'Organization', name: 'Checker Desk' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Joe Biden' }, datePublished: '2026-02-27' },
  reviewRating: { '@type': 'Rating', ratingValue: 2, alternateName: 'Mostly false' },
};

describe('readClaimReviews', () => {
  it('reads one ClaimReview object with its claimant, dates, publisher and rating', () => {
    expect(readClaimReviews(review)).toEqual({
      items: [
        {
          where: 'item (https://checker.example/checks/ohio-jobs)',
          claim: 'Unemployment in Ohio rose to 15 per cent.',
          claimant: 'Joe Biden',
          claimDate: '2026-02-27',
          reviewDate: '2026-03-02',
          publisher: 'Checker Desk',
          url: 'https://checker.example/checks/ohio-jobs',
          ratings: ['Mostly false'],
        },
      ],
      skipped: [],
    });
  });

  it('reads arrays and nested @graph lists, and prefixed or listed types', () => {
    const second = { ...review, '@type': ['schema:ClaimReview'], url: 'https://checker.example/2' };
    const found = readClaimReviews([{ '@graph': [{ '@type': 'WebPage' }, { '@graph': [second] }] }, review]);
    expect(found.items.map((i) => i.url)).toEqual(['https://checker.example/checks/ohio-jobs', 'https://checker.example/2']);
  });

  it('skips a review without claim text, saying so', () => {
    const { items, skipped } = readClaimReviews([{ ...review, claimReviewed: '  ' }]);
    expect(items).toEqual([]);
    expect(skipped).toEqual([
      { where: 'item[0] (https://checker.example/checks/ohio-jobs)', reason: 'has no claimReviewed (the claim text)' },
    ]);
  });

  it('reads a Fact Check Tools response: the claim on the claim, each review its own item', () => {
    const response = {
      claims: [
        {
          text: 'Wind turbines cause cancer',
          claimant: 'Social media users',
          claimDate: '2026-01-05T00:00:00Z',
          claimReview: [
            {
              publisher: { name: 'FactDesk', site: 'factdesk.example' },
              url: 'https://factdesk.example/wind',
              title: 'No',
              reviewDate: '2026-01-09T00:00:00Z',
              textualRating: 'False',
              languageCode: 'en',
            },
            { publisher: { site: 'other.example' }, url: 'https://other.example/wind', textualRating: 'Pants on Fire!' },
          ],
        },
        { claimReview: [{ url: 'https://x.example' }] },
      ],
    };
    const { items, skipped } = readClaimReviews(response);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      claim: 'Wind turbines cause cancer',
      claimant: 'Social media users',
      publisher: 'FactDesk',
      ratings: ['False'],
      language: 'en',
    });
    expect(items[1]).toMatchObject({ publisher: 'other.example', ratings: ['Pants on Fire!'] });
    expect(skipped).toEqual([{ where: 'claims[1].claimReview[0] (https://x.example)', reason: 'its claim has no text' }]);
  });

  it('reads page blocks as text, skipping one that is not JSON', () => {
    const { items, skipped } = readClaimReviewBlocks(['{"@type": "NewsArticle"}', '{not json', JSON.stringify(review)]);
    expect(items.map((i) => i.where)).toEqual(['ld+json block 3 (https://checker.example/checks/ohio-jobs)']);
    expect(skipped).toEqual([{ where: 'ld+json block 2', reason: 'is not valid JSON' }]);
  });
});
