import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/model/annotation';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { linkMarkers, markersKey } from './link-markers';
import { openSuggestions } from './open-suggestions';

describe('linkMarkers', () => {
  const set = [
    testAnnotation('c1', 'claim', 0),
    testAnnotation('c2', 'claim', 20),
    testAnnotation('e1', 'evidence', 40, {
      links: [
        { claim: 'c2', stance: 'refutes' },
        { claim: 'c1', stance: 'context' },
      ],
    }),
    testAnnotation('d1', 'denial', 60, { links: [{ claim: 'c2', stance: 'refutes' }] }),
    testAnnotation('e2', 'evidence', 80, { links: [{ claim: 'gone', stance: 'supports' }] }),
  ];

  it('marks each link after its evidence or denial with stance and claim number, and each linked claim with its tallies', () => {
    expect(linkMarkers(set).map((m) => [m.at, m.label, m.kind])).toEqual([
      [50, '−C2', 'refutes'],
      [50, '~C1', 'context'],
      [70, '−C2', 'refutes'],
      [10, 'C1 ~1', 'claim'],
      [30, 'C2 −2', 'claim'],
    ]);
    expect(linkMarkers(set)[0]?.description).toBe('This evidence refutes claim 2');
  });

  it('changes its key only when a marker changes', () => {
    const edited = set.map((a) => (a.id === 'e2' ? { ...a, body: { ...a.body, note: 'checked' } } : a));
    expect(markersKey(linkMarkers(edited))).toBe(markersKey(linkMarkers(set)));
    const relinked = set.map((a) =>
      a.id === 'd1' ? testAnnotation('d1', 'denial', 60, { links: [{ claim: 'c1', stance: 'refutes' }] }) : a,
    );
    expect(markersKey(linkMarkers(relinked))).not.toBe(markersKey(linkMarkers(set)));
  });
});

describe('openSuggestions', () => {
  it('drops dismissed suggestions and those whose sentence already has the suggested tag', () => {
    const suggestion = (start: number, tag: Tag) => ({ start, end: start + 10, text: 'x', tag, score: 0.5, reasons: [] });
    const list = [suggestion(0, 'claim'), suggestion(20, 'claim'), suggestion(40, 'denial'), suggestion(60, 'evidence')];
    const open = openSuggestions(list, new Set(['denial:40:50']), [testAnnotation('c', 'claim', 0), testAnnotation('e', 'claim', 60)]);
    expect(open.map((s) => s.start)).toEqual([20, 60]);
  });
});
