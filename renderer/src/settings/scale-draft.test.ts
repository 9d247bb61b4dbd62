import { describe, expect, it } from 'vitest';
import { FIVE_POINT, PLATFORM_LABELS } from '../../../shared/verdict/preset-scales';
import { checkScaleDraft, draftOfScale, newScaleDraft, type ScaleDraft } from './scale-draft';

const desk: ScaleDraft = {
  id: 'workspace-1',
  name: ' Desk scale ',
  numeric: true,
  labels: [
    { label: 'Fabricated', group: 'false' },
    { label: 'Misleading ', group: 'mixed' },
    { label: 'Accurate', group: 'true' },
  ],
};

describe('checkScaleDraft', () => {
  it('numbers a numeric scale’s labels 1..n, worst first, and trims the words', () => {
    expect(checkScaleDraft(desk)).toEqual({
      ok: true,
      scale: {
        id: 'workspace-1',
        name: 'Desk scale',
        freeText: false,
        ratings: [
          { label: 'Fabricated', group: 'false', value: 1 },
          { label: 'Misleading', group: 'mixed', value: 2 },
          { label: 'Accurate', group: 'true', value: 3 },
        ],
      },
    });
  });

  it('leaves the values off a scale that is not numeric', () => {
    const check = checkScaleDraft({ ...desk, numeric: false });
    expect(check.ok && check.scale.ratings.map((r) => r.value)).toEqual([undefined, undefined, undefined]);
  });

  it('names each problem: no name, an empty label, a label twice, no labels', () => {
    const check = checkScaleDraft({
      ...desk,
      name: '  ',
      labels: [
        { label: 'Wrong', group: 'false' },
        { label: '', group: 'mixed' },
        { label: 'wrong', group: 'false' },
      ],
    });
    expect(check).toEqual({
      ok: false,
      problems: ['The scale needs a name.', 'Label 2 is empty.', 'Label 3 (wrong) appears twice (labels differ by more than case).'],
    });
    expect(checkScaleDraft({ ...desk, labels: [] })).toEqual({ ok: false, problems: ['The scale needs at least one label.'] });
  });
});

describe('scale drafts', () => {
  it('opens a saved numeric scale worst first, and round-trips it', () => {
    const draft = draftOfScale(FIVE_POINT);
    expect(draft.labels.map((l) => l.label)).toEqual(['False', 'Mostly false', 'Mixed', 'Mostly true', 'True']);
    const check = checkScaleDraft(draft);
    expect(check.ok && [...check.scale.ratings].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))).toEqual(FIVE_POINT.ratings);
  });

  it('keeps an unnumbered scale’s order', () => {
    expect(draftOfScale(PLATFORM_LABELS)).toMatchObject({
      numeric: false,
      labels: PLATFORM_LABELS.ratings.map(({ label, group }) => ({ label, group })),
    });
  });

  it('gives a new scale an id no preset or workspace scale has', () => {
    const first = newScaleDraft([]);
    const second = newScaleDraft([{ ...FIVE_POINT, id: first.id }]);
    expect(first.id).toBe('workspace-1');
    expect(second.id).toBe('workspace-2');
  });
});
