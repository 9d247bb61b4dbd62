import { describe, expect, it } from 'vitest';
import { pendingReview } from './pending-review';
import { planVersionReanchor } from './plan-reanchor';
import { annotationOn } from './test-support/annotation-on';

const V1 = [
  'The council voted 7 to 2 on Tuesday to build the barrier.',
  'It will cost £12 million, the treasurer said in a statement on Tuesday evening.',
  'Work starts in May and ends in 2027.',
  'The mayor did not attend.',
].join(' ');
const V2 = [
  'Update: this story was corrected on Friday.',
  'The council voted 7 to 2 on Tuesday to build the barrier.',
  'It will cost £12 million, the treasurer said in a written statement on Tuesday evening. Work starts in May and ends in 2027.',
].join('\n\n');

describe('planVersionReanchor', () => {
  const vote = annotationOn(V1, 'The council voted 7 to 2 on Tuesday to build the barrier.', 'vote');
  const cost = annotationOn(V1, 'It will cost £12 million, the treasurer said in a statement on Tuesday evening.', 'cost');
  const mayor = annotationOn(V1, 'The mayor did not attend.', 'mayor');

  it('moves an annotation whose text is unchanged, and asks about edited and vanished ones', () => {
    const plan = planVersionReanchor(V2, [vote, cost, mayor], 'ana', 2);
    const moved = plan.annotations[0]!.target.selector.position;
    expect(V2.slice(moved.start, moved.end)).toBe('The council voted 7 to 2 on Tuesday to build the barrier.');
    expect(plan.repositioned).toEqual(['vote']);
    expect(plan.review.map((e) => [e.annotationId, e.status])).toEqual([
      ['cost', 'moved'],
      ['mayor', 'orphan'],
    ]);
    const proposed = plan.review[0]!.candidates[0]!;
    expect(V2.slice(proposed.start, proposed.end)).toBe(
      'It will cost £12 million, the treasurer said in a written statement on Tuesday evening.',
    );
  });

  it('keeps the old selectors of every annotation under review, so nothing is lost', () => {
    const plan = planVersionReanchor(V2, [vote, cost, mayor], 'ana', 2);
    expect(plan.annotations[1]).toBe(cost);
    expect(plan.annotations[2]).toBe(mayor);
    expect(plan.review[0]!.previous).toEqual(cost.target.selector);
  });

  it('never moves an annotation onto a changed figure: it is orphaned, with the new sentence as the closest place', () => {
    const figures = V2.replace('£12 million', '£19 million');
    const plan = planVersionReanchor(figures, [cost], 'ana', 2);
    expect(plan.review.map((e) => e.status)).toEqual(['orphan']);
    const closest = plan.review[0]!.candidates[0]!;
    expect(figures.slice(closest.start, closest.end)).toContain('£19 million');
  });
});

describe('pendingReview', () => {
  const cost = annotationOn(V1, 'It will cost £12 million, the treasurer said in a statement on Tuesday evening.', 'cost');
  const mayor = annotationOn(V1, 'The mayor did not attend.', 'mayor');
  const { review } = planVersionReanchor(V2, [cost, mayor], 'ana', 2);

  it('lists entries while their annotations still hold the recorded selectors', () => {
    expect(pendingReview(review, 'ana', [cost, mayor]).map((e) => e.annotationId)).toEqual(['cost', 'mayor']);
  });

  it('lets an entry lapse once its annotation is placed elsewhere or dropped, and only for its analyst', () => {
    const at = V2.indexOf('It will cost');
    const confirmed = {
      ...cost,
      target: {
        ...cost.target,
        selector: { ...cost.target.selector, position: { type: 'TextPositionSelector' as const, start: at, end: at + 80 } },
      },
    };
    expect(pendingReview(review, 'ana', [confirmed])).toEqual([]);
    expect(pendingReview(review, 'ben', [cost, mayor])).toEqual([]);
  });
});
