import { describe, expect, it } from 'vitest';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import { ClaimsView } from './claims-view';

describe('ClaimsView', () => {
  const view = new ClaimsView(
    [
      testAnnotation('c1', 'claim', 0),
      testAnnotation('e1', 'evidence', 20, {
        links: [
          { claim: 'c1', stance: 'supports' },
          { claim: 'gone', stance: 'refutes' },
        ],
      }),
      testAnnotation('d1', 'denial', 40, { links: [{ claim: 'c1', stance: 'supports' }] }),
      testAnnotation('c2', 'claim', 60),
    ],
    PRESET_SCALES,
  );

  it('gives a card its own row and the whole table the same rows', () => {
    expect(view.row('c1')).toMatchObject({ supports: 2, refutes: 0 });
    expect(view.row('e1')).toBeUndefined();
    expect(view.rows.map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(view.rows[0]).toBe(view.row('c1'));
    expect(view.numbers.get('c2')).toBe(2);
  });

  it('reports one annotation’s link problems, checked against the claims it names', () => {
    expect(view.problemsOf('e1').map((p) => p.kind)).toEqual(['missing-claim']);
    expect(view.problemsOf('d1').map((p) => p.kind)).toEqual(['denial-must-refute']);
    expect(view.problemsOf('c2')).toEqual([]);
  });
});
