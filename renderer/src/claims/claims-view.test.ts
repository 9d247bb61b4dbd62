import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../../../shared/model/annotation';
import { PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import { ClaimsView } from './claims-view';

function make(id: string, tag: Tag, start: number, links?: Annotation['body']['links']): Annotation {
  const at = '2026-11-27T10:00:00.000Z';
  return {
    schemaVersion: 1,
    id,
    documentId: 'doc',
    creator: { id: 'a', name: 'A' },
    created: at,
    modified: at,
    body: { tag, note: '', ...(links ? { links } : {}) },
    target: {
      source: 'doc',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + 10 },
      },
    },
  };
}

describe('ClaimsView', () => {
  const view = new ClaimsView(
    [
      make('c1', 'claim', 0),
      make('e1', 'evidence', 20, [{ claim: 'c1', stance: 'supports' }, { claim: 'gone', stance: 'refutes' }]),
      make('d1', 'denial', 40, [{ claim: 'c1', stance: 'supports' }]),
      make('c2', 'claim', 60),
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
