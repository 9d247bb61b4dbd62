import { describe, expect, it } from 'vitest';
import { checkLinks, describeLinkProblem, planClaimRemoval, withLink } from './link-integrity';
import { testAnnotation as make } from './test-support/test-annotations';

describe('checkLinks', () => {
  it('accepts evidence and denials pointing at claims with allowed stances', () => {
    const set = [
      make('c1', 'claim', 0),
      make('e1', 'evidence', 20, { links: [{ claim: 'c1', stance: 'supports' }] }),
      make('d1', 'denial', 40, { links: [{ claim: 'c1', stance: 'refutes' }] }),
    ];
    expect(checkLinks(set)).toEqual([]);
  });

  it('reports links to missing or non-claim annotations, denials that do not refute, and links from claims', () => {
    const set = [
      make('c1', 'claim', 0, { links: [{ claim: 'c2', stance: 'supports' }] }),
      make('c2', 'claim', 10),
      make('e1', 'evidence', 20, {
        links: [
          { claim: 'gone', stance: 'supports' },
          { claim: 'e2', stance: 'refutes' },
        ],
      }),
      make('e2', 'evidence', 30, {
        links: [
          { claim: 'c2', stance: 'context' },
          { claim: 'c2', stance: 'supports' },
        ],
      }),
      make('d1', 'denial', 40, { links: [{ claim: 'c1', stance: 'supports' }] }),
    ];
    expect(checkLinks(set).map((p) => [p.from, p.index, p.kind])).toEqual([
      ['c1', 0, 'link-from-claim'],
      ['e1', 0, 'missing-claim'],
      ['e1', 1, 'not-a-claim'],
      ['e2', 1, 'duplicate'],
      ['d1', 0, 'denial-must-refute'],
    ]);
    expect(describeLinkProblem(checkLinks(set)[1]!)).toBe('links to claim gone, which is not in this article');
  });
});

describe('withLink', () => {
  it('adds a link, replaces the stance of an existing one, and forces a denial to refute', () => {
    const evidence = make('e1', 'evidence', 20, { links: [{ claim: 'c1', stance: 'supports' }] });
    expect(withLink(evidence, 'c2', 'context')).toEqual([
      { claim: 'c1', stance: 'supports' },
      { claim: 'c2', stance: 'context' },
    ]);
    expect(withLink(evidence, 'c1', 'refutes')).toEqual([{ claim: 'c1', stance: 'refutes' }]);
    expect(withLink(make('d1', 'denial', 40), 'c1', 'supports')).toEqual([{ claim: 'c1', stance: 'refutes' }]);
  });
});

describe('planClaimRemoval', () => {
  const set = [
    make('c1', 'claim', 0),
    make('c2', 'claim', 10),
    make('e1', 'evidence', 20, { links: [{ claim: 'c1', stance: 'supports' }] }),
    make('e2', 'evidence', 30, {
      links: [
        { claim: 'c1', stance: 'refutes' },
        { claim: 'c2', stance: 'supports' },
      ],
    }),
    make('e3', 'evidence', 35, { links: [{ claim: 'c2', stance: 'supports' }] }),
  ];

  it('keeps the evidence but drops its link when asked to unlink', () => {
    expect(planClaimRemoval(set, 'c1', 'unlink')).toEqual({
      remove: ['c1'],
      relink: [
        { id: 'e1', links: [] },
        { id: 'e2', links: [{ claim: 'c2', stance: 'supports' }] },
      ],
    });
  });

  it('deletes linked evidence too, except evidence that still bears on another claim', () => {
    expect(planClaimRemoval(set, 'c1', 'delete-linked')).toEqual({
      remove: ['c1', 'e1'],
      relink: [{ id: 'e2', links: [{ claim: 'c2', stance: 'supports' }] }],
    });
  });
});
