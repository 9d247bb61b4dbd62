import { describe, expect, it } from 'vitest';
import { describeHistoryChange } from './describe-history-change';
import type { HistoryChange } from './history-change';

const change = (field: HistoryChange['field'], from: string | null, to: string | null): HistoryChange => ({
  at: '2026-12-07T14:05:00.000Z',
  analyst: 'alice',
  annotation_id: 'a1',
  field,
  from,
  to,
});

describe('describeHistoryChange', () => {
  it('says what a verdict changed from and to', () => {
    expect(describeHistoryChange(change('verdict', 'Mostly true', 'False'))).toBe('changed the verdict from “Mostly true” to “False”');
  });

  it('says a first verdict was given and a verdict removed', () => {
    expect(describeHistoryChange(change('verdict', null, 'False'))).toBe('set the verdict to “False”');
    expect(describeHistoryChange(change('verdict', 'False', null))).toBe('removed the verdict “False”');
  });

  it('tells tagging and untagging apart from other fields', () => {
    expect(describeHistoryChange(change('tag', null, 'claim'))).toBe('tagged it claim');
    expect(describeHistoryChange(change('tag', 'claim', null))).toBe('removed the claim tag');
    expect(describeHistoryChange(change('tag', 'evidence', 'claim'))).toBe('changed the tag from “evidence” to “claim”');
  });

  it('words values through the formatter it is given', () => {
    const label = (field: string, raw: string) => (field === 'status' ? raw.replace('-', ' ').toUpperCase() : raw);
    expect(describeHistoryChange(change('status', 'in-progress', 'needs-review'), label)).toBe(
      'changed the status from “IN PROGRESS” to “NEEDS REVIEW”',
    );
  });
});
