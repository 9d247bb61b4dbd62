import { describe, expect, it } from 'vitest';
import { parentsFirst } from './parents-first';

const oids = (commits: { oid: string }[]) => commits.map((c) => c.oid);

describe('parentsFirst', () => {
  it('puts a parent before its child when both have the same time, whatever order they come in', () => {
    const commits = [
      { oid: 'merge', parents: ['a5', 'b'], time: 7 },
      { oid: 'b', parents: ['a2'], time: 7 },
      { oid: 'a2', parents: ['a1'], time: 7 },
      { oid: 'a5', parents: ['a4'], time: 7 },
      { oid: 'a4', parents: ['a3'], time: 7 },
      { oid: 'a3', parents: ['a2'], time: 7 },
      { oid: 'a1', parents: [], time: 7 },
    ];
    const order = oids(parentsFirst(commits));
    expect(order).toHaveLength(commits.length);
    for (const c of commits) for (const p of c.parents) expect(order.indexOf(p)).toBeLessThan(order.indexOf(c.oid));
  });

  it('puts a parent first even when a skewed clock dated it after its child', () => {
    expect(
      oids(
        parentsFirst([
          { oid: 'child', parents: ['parent'], time: 100 },
          { oid: 'parent', parents: [], time: 500 },
        ]),
      ),
    ).toEqual(['parent', 'child']);
  });

  it('orders independent commits oldest first, and ignores parents it was not given', () => {
    expect(
      oids(
        parentsFirst([
          { oid: 'late', parents: ['elsewhere'], time: 30 },
          { oid: 'early', parents: [], time: 10 },
          { oid: 'middle', parents: ['early', 'early'], time: 20 },
        ]),
      ),
    ).toEqual(['early', 'middle', 'late']);
  });
});
