import { describe, expect, it } from 'vitest';
import { PRESET_SCALES } from '../verdict';
import { buildReport } from './build-report';
import { buildClaimReviews } from './claimreview/build-claim-reviews';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, ORPHAN } from './fixtures/report-fixture';
import { splitRuns } from './split-runs';
import type { ExportScope } from './export-scope';

const build = (scope: ExportScope, annotations = [...FIXTURE_ANNOTATIONS, ORPHAN]) =>
  buildReport({ article: FIXTURE_ARTICLE, annotations, scope, scales: PRESET_SCALES, exportedAt: EXPORTED_AT });

describe('buildReport', () => {
  it('numbers placed annotations in document order and lists the unplaced after them', () => {
    const report = build({});
    expect(report.entries.map((e) => [e.number, e.annotation.id, e.placement.status])).toEqual([
      [1, 'c-full', 'placed'],
      [2, 'e-overlap', 'placed'],
      [3, 'e-records', 'placed'],
      [4, 'c-capacity', 'placed'],
      [5, 'd-council', 'placed'],
      [6, 'c-prices', 'placed'],
      [7, 'c-formula', 'placed'],
      [8, 'e-gone', 'orphan'],
    ]);
    expect(report.analysts.map((a) => a.id)).toEqual(['ana', 'bo']);
    expect(report.scope).toBe('Whole document');
  });

  it('paints overlapping tags on one run and puts each marker where its passage ends', () => {
    const [first] = build({}).blocks;
    expect(first?.runs.map((r) => [r.text, r.tags, r.markers.map((m) => m.number)])).toEqual([
      ['The port director said ', ['claim'], []],
      ['the fuel tanks were full', ['claim', 'evidence'], [2]],
      [' on March 3.', ['claim'], [1]],
    ]);
  });

  it('marks a passage across blocks once, in the last block it touches', () => {
    const blocks = [
      { type: 'paragraph' as const, text: 'One two.' },
      { type: 'paragraph' as const, text: 'Three four.' },
    ];
    const runs = splitRuns(blocks, [{ number: 1, tag: 'denial', start: 4, end: 15 }]);
    expect(runs.map((b) => b.runs.map((r) => [r.text, r.tags, r.markers]))).toEqual([
      [
        ['One ', [], []],
        ['two.', ['denial'], []],
      ],
      [
        ['Three', ['denial'], [{ number: 1, tag: 'denial' }]],
        [' four.', [], []],
      ],
    ]);
  });

  it('lists, for each claim, the evidence and denials linked to it with their stances', () => {
    const report = build({});
    const full = report.claims.find((c) => c.entry.annotation.id === 'c-full');
    expect(full?.statement).toBe('The harbour fuel tanks were full on 3 March');
    expect(full?.evidence.map((e) => [e.number, e.tag, e.stance])).toEqual([
      [2, 'evidence', 'context'],
      [3, 'evidence', 'refutes'],
      [5, 'denial', 'refutes'],
    ]);
    expect(report.claims.find((c) => c.entry.annotation.id === 'c-capacity')?.statement).toBe('the tanks hold 40,000 litres');
    expect(full?.entry.verdict).toMatchObject({ label: 'Mostly False', group: 'false', value: 3, best: 6, worst: 1 });
  });

  it('covers only the current filter or the chosen analysts, and says so', () => {
    const denials = build({ tags: ['denial'] });
    expect(denials.entries.map((e) => e.annotation.id)).toEqual(['d-council']);
    expect(denials.scope).toBe('Only tags denial');
    expect(denials.entries[0]?.links).toEqual([{ claimId: 'c-full', stance: 'refutes' }]);

    const bo = build({ analysts: ['bo'] });
    expect(new Set(bo.entries.map((e) => e.annotation.creator.id))).toEqual(new Set(['bo']));
    expect(bo.analysts).toEqual([{ id: 'bo', name: 'Bo <Checker>' }]);
    expect(bo.scope).toBe('Only analysts Bo <Checker>');
  });
});

describe('buildClaimReviews', () => {
  it('reviews claims with a verdict and a claimant and says why it skipped the others', () => {
    const { reviews, skipped } = buildClaimReviews(build({}), { name: 'Lowmere Checks' });
    expect(reviews.map((r) => r.claimReviewed)).toEqual(['The harbour fuel tanks were full on 3 March', '@cmd a spreadsheet link']);
    expect(reviews[0]).not.toHaveProperty('url');
    expect(skipped).toEqual([
      { annotationId: 'c-capacity', claim: 'the tanks hold 40,000 litres', reason: 'no verdict' },
      { annotationId: 'c-prices', claim: 'Fuel prices rose by 12%', reason: 'no claimant' },
    ]);
  });

  it('gives a rating without numbers on a scale without values, and skips a verdict it cannot read', () => {
    const prices = FIXTURE_ANNOTATIONS.find((a) => a.id === 'c-prices')!;
    const withClaimant = {
      ...prices,
      body: { ...prices.body, claim: { ...prices.body.claim!, claimant: { name: 'Leaflet', kind: 'organisation' as const, role: '' } } },
    };
    const unknown = {
      ...withClaimant,
      id: 'c-unknown',
      body: {
        ...withClaimant.body,
        claim: { ...withClaimant.body.claim, verdict: { ...withClaimant.body.claim.verdict!, label: 'Four Pinocchios' } },
      },
    };
    const { reviews, skipped } = buildClaimReviews(build({}, [withClaimant, unknown]), { name: 'Lowmere Checks' });
    expect(reviews.map((r) => r.reviewRating)).toEqual([
      { '@type': 'Rating', alternateName: 'Missing context', ratingExplanation: 'Rose 12% over two years, not one.' },
    ]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'its verdict cannot be read: "Four Pinocchios" is not a rating on the scale "platform-labels"',
    ]);
  });
});
