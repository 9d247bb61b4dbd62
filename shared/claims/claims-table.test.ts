import { describe, expect, it } from 'vitest';
import type { Verdict } from '../model/claim-record';
import { PRESET_SCALES } from '../verdict/preset-scales';
import { buildClaimRows, filterClaimRows, pickableClaims, sortClaimRows } from './claims-table';
import { testAnnotation as make } from './test-support/test-annotations';

const decided = '2026-11-27T10:00:00.000Z';
const verdict = (scale: string, label: string): Verdict => ({ scale, label, justification: '', decided });

const set = [
  make('c1', 'claim', 0, {
    claim: {
      statement: 'Tanks were empty',
      status: 'approved',
      claimant: { name: 'Dmitry Peskov', kind: 'person', role: 'spokesman' },
      verdict: verdict('truth-o-meter', 'Pants on Fire'),
    },
  }),
  make('c2', 'claim', 100, {
    claim: { statement: 'Bread costs doubled', status: 'in-progress', verdict: verdict('platform-labels', 'Missing context') },
  }),
  make('c3', 'claim', 200, {
    claim: { statement: 'Ward closed', status: 'needs-review', verdict: verdict('truth-o-meter', 'Four Pinocchios') },
  }),
  make('c4', 'claim', 300),
  make('e1', 'evidence', 50, {
    links: [
      { claim: 'c1', stance: 'refutes' },
      { claim: 'c2', stance: 'context' },
    ],
  }),
  make('e2', 'evidence', 60, { links: [{ claim: 'c1', stance: 'refutes' }] }),
  make('d1', 'denial', 70, { links: [{ claim: 'c1', stance: 'refutes' }] }),
  make('e3', 'evidence', 150, { links: [{ claim: 'c2', stance: 'supports' }] }),
];

describe('buildClaimRows', () => {
  const rows = buildClaimRows(set, PRESET_SCALES);

  it('lists every claim in document order with its stance counts', () => {
    expect(rows.map((r) => [r.id, r.supports, r.refutes, r.context])).toEqual([
      ['c1', 0, 3, 0],
      ['c2', 1, 0, 1],
      ['c3', 0, 0, 0],
      ['c4', 0, 0, 0],
    ]);
  });

  it('maps each verdict on its own scale to the common group', () => {
    expect(rows.map((r) => r.group)).toEqual(['false', 'mixed', null, null]);
  });

  it('keeps an unknown rating and reports it rather than dropping it', () => {
    expect(rows[2]).toMatchObject({
      verdict: 'Four Pinocchios',
      group: null,
      verdictProblem: '"Four Pinocchios" is not a rating on the scale "truth-o-meter"',
    });
  });

  it('shows a claim without a record as unstarted with no verdict', () => {
    expect(rows[3]).toMatchObject({ statement: '', status: 'unstarted', verdict: '', verdictProblem: null, warnings: [] });
  });

  it('warns about sourcing only where there is a verdict', () => {
    expect(rows[0]?.warnings.map((w) => w.kind)).toEqual(['too-few-independent']);
    expect(rows[3]?.warnings).toEqual([]);
  });
});

describe('sortClaimRows and filterClaimRows', () => {
  const rows = buildClaimRows(set, PRESET_SCALES);

  it('sorts verdicts true → mixed → false, unplaceable, then none, on any scale', () => {
    expect(sortClaimRows(rows, 'verdict').map((r) => r.id)).toEqual(['c2', 'c1', 'c3', 'c4']);
    expect(sortClaimRows(rows, 'verdict', true).map((r) => r.id)).toEqual(['c4', 'c3', 'c1', 'c2']);
  });

  it('sorts by status in workflow order and by refuting evidence', () => {
    expect(sortClaimRows(rows, 'status').map((r) => r.id)).toEqual(['c4', 'c2', 'c3', 'c1']);
    expect(sortClaimRows(rows, 'refutes', true)[0]?.id).toBe('c1');
  });

  it('filters by words across statement, quote and claimant, by status and by verdict group', () => {
    expect(filterClaimRows(rows, { text: 'peskov tanks' }).map((r) => r.id)).toEqual(['c1']);
    expect(filterClaimRows(rows, { status: 'in-progress' }).map((r) => r.id)).toEqual(['c2']);
    expect(filterClaimRows(rows, { verdict: 'false' }).map((r) => r.id)).toEqual(['c1']);
    expect(filterClaimRows(rows, { verdict: 'problem' }).map((r) => r.id)).toEqual(['c3']);
    expect(filterClaimRows(rows, { verdict: 'none' }).map((r) => r.id)).toEqual(['c4']);
  });

  it('offers the claims nearest to the evidence first in the link picker', () => {
    expect(pickableClaims(rows, '', 190).map((r) => r.id)).toEqual(['c3', 'c2', 'c4', 'c1']);
    expect(pickableClaims(rows, 'bread', 0).map((r) => r.id)).toEqual(['c2']);
  });
});
